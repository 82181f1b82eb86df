sudo ip -n nfv-hostA route get 192.168.100.2       # the VXLAN driver cached a path MTU
sudo ip netns exec nfv-hostA ping -c 1 -M 'do' -s 1472 192.168.100.2 2>&1 | grep -E 'bytes from|error|transmitted'
sudo ip -n nfv-hostA route flush cache             # forget it
sudo ip -n nfv-hostA route get 192.168.100.2
sudo ip netns exec nfv-hostA ping -c 1 -M 'do' -s 1472 192.168.100.2 2>&1 | grep -E 'bytes from|error|transmitted'
