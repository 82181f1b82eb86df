sudo ./fabric.sh overlay
sudo ip netns exec nd-l1 timeout 5 tcpdump -lnni swp10 -c 4 udp port 4789 2>/dev/null &
sleep 1; sudo ip netns exec nd-h1 ping -c 1 192.168.10.2 > /dev/null
wait
