# shellcheck disable=SC2024  # 의도: ping.log는 root가 아니라 내 셸이 작업 폴더에 쓴다
sudo ip netns exec nd-h1 ping -c 20 -i 0.2 10.129.0.74 > ping.log &
sleep 1; sudo ip -n nd-s1 link set swp1 down
sleep 1; sudo ip -n nd-l1 route show 10.129.0.64/26
wait; grep -v 'bytes from' ping.log
sudo ip -n nd-s1 link set swp1 up
# 세션이 다시 맺히고 nexthop이 두 개로 돌아올 때까지 최대 30초
for _ in $(seq 60); do
  [ "$(sudo ip -n nd-l1 route show 10.129.0.64/26 | grep -c nexthop)" -eq 2 ] && break
  sleep 0.5
done
sudo ip -n nd-l1 route show 10.129.0.64/26
