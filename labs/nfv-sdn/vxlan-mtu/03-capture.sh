sudo ip netns exec hostB tcpdump -lni vethB -c 4 udp port 4789 2>/dev/null &
sleep 1
sudo ip netns exec hostA ping -c 1 192.168.100.2 > /dev/null
wait
