sudo ip netns exec nd-h1 ping -c 2 -M 'do' -s 1422 192.168.10.2 # 1450B: 성공
sudo ip netns exec nd-h1 ping -c 1 -M 'do' -s 1472 192.168.10.2 # 1500B: 로컬에서 거부
