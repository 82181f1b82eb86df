sudo ip -n nfv-hostA link add vxlan100 type vxlan id 100 local 10.0.0.1 remote 10.0.0.2 dstport 4789 dev vethA
sudo ip -n nfv-hostB link add vxlan100 type vxlan id 100 local 10.0.0.2 remote 10.0.0.1 dstport 4789 dev vethB
sudo ip -n nfv-hostA addr add 192.168.100.1/24 dev vxlan100
sudo ip -n nfv-hostB addr add 192.168.100.2/24 dev vxlan100
sudo ip -n nfv-hostA link set vxlan100 up
sudo ip -n nfv-hostB link set vxlan100 up
sudo ip -n nfv-hostA -d link show vxlan100
