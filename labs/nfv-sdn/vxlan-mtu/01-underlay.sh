sudo ip netns add hostA
sudo ip netns add hostB
# No IPv6 autoconfiguration: its DAD/MLD packets would mix into the captures below.
for h in hostA hostB; do sudo ip netns exec $h sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
sudo ip link add vethA netns hostA type veth peer name vethB netns hostB
sudo ip -n hostA addr add 10.0.0.1/24 dev vethA
sudo ip -n hostB addr add 10.0.0.2/24 dev vethB
sudo ip -n hostA link set vethA up
sudo ip -n hostB link set vethB up
