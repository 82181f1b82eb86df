# MTU를 낮추지 않은 경우: vx100001을 1500으로 되돌리고 1500바이트 ping을 두 번 보냅니다.
sudo ip -n nd-h1 link set vx100001 mtu 1500
sudo ip -n nd-h2 link set vx100001 mtu 1500
sudo ip netns exec nd-h1 nstat -n    # 카운터 기준점
sudo ip netns exec nd-h1 ping -c 1 -W 1 -M 'do' -s 1472 192.168.10.2
sudo ip netns exec nd-h1 ping -c 1 -W 1 -M 'do' -s 1472 192.168.10.2
sudo ip -n nd-h1 route get 192.168.10.2
sudo ip netns exec nd-h1 nstat -az IpFragCreates IpFragOKs
# 다음 실험을 위해 1450으로 되돌립니다.
sudo ip -n nd-h1 route flush cache
sudo ip -n nd-h1 link set vx100001 mtu 1450
sudo ip -n nd-h2 link set vx100001 mtu 1450
