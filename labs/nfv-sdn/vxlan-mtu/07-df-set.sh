sudo ip -n nfv-hostA link set vxlan100 type vxlan df set
sudo ip -n nfv-hostA -d link show vxlan100 | grep -o 'df set'
sudo ip -n nfv-hostA route flush cache             # start again without a cached path MTU
sudo ip netns exec nfv-hostA ping -c 1 -W 1 -M 'do' -s 1472 192.168.100.2 2>&1 | grep -E 'bytes from|error|transmitted'
echo "vxlan100 tx_dropped: $(sudo ip netns exec nfv-hostA cat /sys/class/net/vxlan100/statistics/tx_dropped)"
sudo ip -n nfv-hostA route get 192.168.100.2
sudo ip netns exec nfv-hostA ping -c 1 -W 1 -M 'do' -s 1472 192.168.100.2 2>&1 | grep -E 'bytes from|error|transmitted'
