. ./ovs-env.sh
ovs-vsctl set bridge br0 protocols=OpenFlow13 fail-mode=secure
ovs-ofctl -O OpenFlow13 del-flows br0
ovs-ofctl -O OpenFlow13 dump-flows br0
ip netns exec nfv-h1 ping -c 1 -W 1 10.10.0.2 | grep -E 'bytes from|transmitted'
