# 클라이언트 네임스페이스(app-fwcli)와 보호할 서버 네임스페이스(app-fwsrv)를 veth로 잇습니다.
sudo ip netns add app-fwcli
sudo ip netns add app-fwsrv
sudo ip link add veth-c netns app-fwcli type veth peer name veth-s netns app-fwsrv
sudo ip -n app-fwcli addr add 192.168.77.1/24 dev veth-c
sudo ip -n app-fwcli addr add 192.168.77.200/24 dev veth-c   # "나쁜 대역"에서 오는 클라이언트 흉내
sudo ip -n app-fwsrv addr add 192.168.77.2/24 dev veth-s
for ns in app-fwcli app-fwsrv; do sudo ip -n "$ns" link set lo up; done
sudo ip -n app-fwcli link set veth-c up
sudo ip -n app-fwsrv link set veth-s up
# 서버 안의 서비스 두 개: 8080(웹)과 2222(관리용 서비스 대용). 로그는 작업 디렉터리의 파일로 보냅니다.
# shellcheck disable=SC2024  # 로그 파일은 내 것이고 root가 필요한 것은 서버뿐
sudo ip netns exec app-fwsrv python3 -m http.server 8080 --bind 192.168.77.2 > web.log 2>&1 &
# shellcheck disable=SC2024  # 위와 같음
sudo ip netns exec app-fwsrv python3 -m http.server 2222 --bind 192.168.77.2 > admin.log 2>&1 &
for _ in $(seq 50); do
  sudo ip netns exec app-fwsrv ss -Hltn | grep -q ':2222' && sudo ip netns exec app-fwsrv ss -Hltn | grep -q ':8080' && break
  sleep 0.1
done
sudo ip netns exec app-fwsrv ss -Hltn | sort
