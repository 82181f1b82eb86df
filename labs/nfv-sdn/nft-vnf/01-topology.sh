sudo ip netns add nfv-client; sudo ip netns add nfv-fw; sudo ip netns add nfv-server
sudo ip link add c-eth0 netns nfv-client type veth peer name fw-in netns nfv-fw
sudo ip link add s-eth0 netns nfv-server type veth peer name fw-out netns nfv-fw
sudo ip -n nfv-client addr add 10.1.0.2/24 dev c-eth0
sudo ip -n nfv-fw     addr add 10.1.0.1/24 dev fw-in
sudo ip -n nfv-fw     addr add 10.2.0.1/24 dev fw-out
sudo ip -n nfv-server addr add 10.2.0.2/24 dev s-eth0
for ns in nfv-client nfv-fw nfv-server; do sudo ip -n "$ns" link set lo up; done
sudo ip -n nfv-client link set c-eth0 up; sudo ip -n nfv-server link set s-eth0 up
sudo ip -n nfv-fw link set fw-in up; sudo ip -n nfv-fw link set fw-out up
sudo ip -n nfv-client route add default via 10.1.0.1
sudo ip -n nfv-server route add default via 10.2.0.1
sudo ip netns exec nfv-fw sysctl -qw net.ipv4.ip_forward=1
