for ns in pc-client pc-router pc-server; do sudo ip netns add "$ns"; done
# No IPv6 autoconfiguration: its packets would only add noise to the counters below.
for ns in pc-client pc-router pc-server; do sudo ip netns exec "$ns" sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
sudo ip link add c-eth0 netns pc-client type veth peer name r-eth0 netns pc-router
sudo ip link add s-eth0 netns pc-server type veth peer name r-eth1 netns pc-router
sudo ip -n pc-client addr add 10.0.1.10/24 dev c-eth0
sudo ip -n pc-router addr add 10.0.1.1/24 dev r-eth0
sudo ip -n pc-router addr add 10.0.2.1/24 dev r-eth1
sudo ip -n pc-server addr add 10.0.2.10/24 dev s-eth0
for l in "pc-client c-eth0" "pc-router r-eth0" "pc-router r-eth1" "pc-server s-eth0"; do
  read -r ns dev <<< "$l"; sudo ip -n "$ns" link set "$dev" up; sudo ip -n "$ns" link set lo up
done
sudo ip -n pc-client route add default via 10.0.1.1
sudo ip -n pc-server route add default via 10.0.2.1
sudo ip netns exec pc-router sysctl -qw net.ipv4.ip_forward=1
sudo ip netns exec pc-client ping -c 1 -W 1 10.0.2.10
