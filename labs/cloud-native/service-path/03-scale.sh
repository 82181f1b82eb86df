# 복제본을 3개로 늘린 것처럼 KUBE-SVC 체인을 다시 씁니다: 1/3, 남은 것의 1/2, 나머지.
sudo iptables -t nat -N KUBE-SEP-WEB3
sudo iptables -t nat -A KUBE-SEP-WEB3 -p tcp -m comment --comment shop/web -m tcp -j DNAT --to-destination 10.244.1.14:8080
sudo iptables -t nat -F KUBE-SVC-WEB
sudo iptables -t nat -A KUBE-SVC-WEB -m comment --comment "shop/web -> 10.244.1.12:8080" \
  -m statistic --mode random --probability 0.3333333333 -j KUBE-SEP-WEB1
sudo iptables -t nat -A KUBE-SVC-WEB -m comment --comment "shop/web -> 10.244.1.13:8080" \
  -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-WEB2
sudo iptables -t nat -A KUBE-SVC-WEB -m comment --comment "shop/web -> 10.244.1.14:8080" -j KUBE-SEP-WEB3
sudo iptables -t nat -S KUBE-SVC-WEB
for _ in $(seq 60); do sudo ip netns exec cn-client curl -s -m 2 http://10.96.0.80/; done | sort -u
