# "노드"는 이 셸의 네트워크 네임스페이스, "파드"는 cn- 네임스페이스입니다.
# 파드마다 veth 한 쌍을 만들고 /32 주소와 노드 쪽 게이트웨이(10.244.1.1)로 라우팅합니다(kindnet의 ptp 방식).
sudo sysctl -qw net.ipv4.ip_forward=1
i=10
for pod in cn-client cn-web1 cn-web2 cn-web3; do
  i=$((i + 1)); ip="10.244.1.$i"
  sudo ip netns add "$pod"
  sudo ip link add "veth-$pod" type veth peer name eth0 netns "$pod"
  sudo ip addr add 10.244.1.1/32 dev "veth-$pod"
  sudo ip link set "veth-$pod" up
  sudo ip route add "$ip/32" dev "veth-$pod"
  sudo ip -n "$pod" addr add "$ip/32" dev eth0
  sudo ip -n "$pod" link set lo up
  sudo ip -n "$pod" link set eth0 up
  sudo ip -n "$pod" route add 10.244.1.1 dev eth0
  sudo ip -n "$pod" route add default via 10.244.1.1 dev eth0
done
# web 파드마다 자기 이름을 돌려주는 HTTP 서버(포트 8080)를 띄웁니다.
for n in 1 2 3; do
  mkdir -p "www$n" && echo "web$n" > "www$n/index.html"
  # shellcheck disable=SC2024  # the log is the learner's file; only the server needs root
  sudo ip netns exec "cn-web$n" python3 -m http.server 8080 --directory "www$n" > "web$n.log" 2>&1 &
done
for n in 1 2 3; do
  for _ in $(seq 50); do curl -s -o /dev/null "http://10.244.1.1$((n + 1)):8080/" && break; sleep 0.1; done
done
sudo ip netns exec cn-client curl -s http://10.244.1.12:8080/    # 파드 IP로 직접: web1
