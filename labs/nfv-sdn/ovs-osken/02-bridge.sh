. ./ovs-env.sh
# The userspace (netdev) datapath: ovs-vswitchd forwards the packets itself, no kernel module.
ovs-vsctl add-br br0 -- set bridge br0 datapath_type=netdev other-config:datapath-id=0000000000000001
for i in 1 2; do
  ip netns add "nfv-h$i"
  ip netns exec "nfv-h$i" sysctl -qw net.ipv6.conf.default.disable_ipv6=1  # no IPv6 chatter in the counters
  ip link add "veth-h$i" type veth peer name eth0 netns "nfv-h$i"
  sysctl -qw "net.ipv6.conf.veth-h$i.disable_ipv6=1"
  ip -n "nfv-h$i" addr add "10.10.0.$i/24" dev eth0
  ip -n "nfv-h$i" link set eth0 up; ip -n "nfv-h$i" link set lo up
  ip link set "veth-h$i" up
  ovs-vsctl add-port br0 "veth-h$i"
done
ovs-ofctl show br0 | grep -E '^ [0-9]+\('
ovs-ofctl dump-flows --no-stats br0
ip netns exec nfv-h1 ping -c 2 -i 0.2 10.10.0.2 | grep -E 'bytes from|transmitted'
