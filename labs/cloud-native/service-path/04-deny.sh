# 정책 집행기가 파드로 가는 패킷을 버릴 때(DROP)와 거부할 때(REJECT, TCP RST) 클라이언트가 보는 것.
probe() {
  sudo ip netns exec cn-client curl -sS -m 2 -o /dev/null -w '%{http_code}\n' http://10.96.0.80/ 2>&1
}
sudo iptables -A FORWARD -d 10.244.1.12/32 -j DROP
sudo iptables -A FORWARD -d 10.244.1.13/32 -j DROP
sudo iptables -A FORWARD -d 10.244.1.14/32 -j DROP
probe                                  # 버림: 응답이 없으므로 curl이 -m 2의 2초를 다 기다림
sudo iptables -F FORWARD
sudo iptables -A FORWARD -p tcp -d 10.244.1.0/24 -j REJECT --reject-with tcp-reset
probe                                  # 거부: RST가 곧바로 돌아옴
sudo iptables -F FORWARD
probe                                  # 다시 허용
