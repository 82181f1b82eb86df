# kube-proxy(iptables 모드)가 Service shop/web(ClusterIP 10.96.0.80:80 → 파드 8080)에 만드는 체인을 손으로 씁니다.
# 실제 체인 이름은 해시(KUBE-SVC-XXXXXXXXXXXXXXXX)이고, 여기서는 읽기 쉽게 이름을 붙였습니다.
sudo iptables -t nat -N KUBE-SERVICES
sudo iptables -t nat -A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
sudo iptables -t nat -A OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
for chain in KUBE-SVC-WEB KUBE-SEP-WEB1 KUBE-SEP-WEB2; do sudo iptables -t nat -N "$chain"; done
sudo iptables -t nat -A KUBE-SERVICES -d 10.96.0.80/32 -p tcp -m comment --comment "shop/web cluster IP" \
  -m tcp --dport 80 -j KUBE-SVC-WEB
# 엔드포인트 2개: 첫 규칙은 1/2 확률, 마지막 규칙은 나머지 전부. 확률 문자열은 kube-proxy처럼 %0.10f 형식.
sudo iptables -t nat -A KUBE-SVC-WEB -m comment --comment "shop/web -> 10.244.1.12:8080" \
  -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-WEB1
sudo iptables -t nat -A KUBE-SVC-WEB -m comment --comment "shop/web -> 10.244.1.13:8080" -j KUBE-SEP-WEB2
sudo iptables -t nat -A KUBE-SEP-WEB1 -p tcp -m comment --comment shop/web -m tcp -j DNAT --to-destination 10.244.1.12:8080
sudo iptables -t nat -A KUBE-SEP-WEB2 -p tcp -m comment --comment shop/web -m tcp -j DNAT --to-destination 10.244.1.13:8080
sudo iptables -t nat -S KUBE-SVC-WEB
# ClusterIP로 40번 요청하고 어느 파드가 답했는지 모읍니다(선택은 무작위이므로 횟수는 매번 다름).
for _ in $(seq 40); do sudo ip netns exec cn-client curl -s -m 2 http://10.96.0.80/; done | sort -u
# conntrack 항목 하나: 원래 방향은 ClusterIP로, 응답 방향은 파드(web1)에서 온다. 응답은 이 항목으로 되돌려 번역된다.
sudo conntrack -L -p tcp --orig-dst 10.96.0.80 --reply-src 10.244.1.12 2>/dev/null | head -1
