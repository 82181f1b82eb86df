sudo ip netns add nfv-hostA
sudo ip netns add nfv-hostB
# No IPv6 autoconfiguration: its DAD/MLD packets would mix into the captures below.
for h in nfv-hostA nfv-hostB; do sudo ip netns exec "$h" sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
sudo ip link add vethA netns nfv-hostA type veth peer name vethB netns nfv-hostB
sudo ip -n nfv-hostA addr add 10.0.0.1/24 dev vethA
sudo ip -n nfv-hostB addr add 10.0.0.2/24 dev vethB
sudo ip -n nfv-hostA link set vethA up
sudo ip -n nfv-hostB link set vethB up
