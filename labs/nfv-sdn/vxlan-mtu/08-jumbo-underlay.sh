for h in nfv-hostA nfv-hostB; do sudo ip -n "$h" link del vxlan100; done
sudo ip -n nfv-hostA link set vethA mtu 1550; sudo ip -n nfv-hostB link set vethB mtu 1550
sudo ip -n nfv-hostA link add vxlan100 type vxlan id 100 local 10.0.0.1 remote 10.0.0.2 dstport 4789 dev vethA
sudo ip -n nfv-hostB link add vxlan100 type vxlan id 100 local 10.0.0.2 remote 10.0.0.1 dstport 4789 dev vethB
sudo ip -n nfv-hostA addr add 192.168.100.1/24 dev vxlan100
sudo ip -n nfv-hostB addr add 192.168.100.2/24 dev vxlan100
sudo ip -n nfv-hostA link set vxlan100 up; sudo ip -n nfv-hostB link set vxlan100 up
sudo ip -n nfv-hostA link show vxlan100 | head -1
sudo ip -n nfv-hostA route get 192.168.100.2
sudo ip netns exec nfv-hostA ping -c 2 -M 'do' -s 1472 192.168.100.2 2>&1 | grep -E 'bytes from|error|transmitted'
