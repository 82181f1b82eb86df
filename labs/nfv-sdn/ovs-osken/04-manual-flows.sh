. ./ovs-env.sh
ovs-ofctl -O OpenFlow13 add-flow br0 "table=0,priority=100,in_port=veth-h1,actions=output:veth-h2"
ovs-ofctl -O OpenFlow13 add-flow br0 "table=0,priority=100,in_port=veth-h2,actions=output:veth-h1"
ip netns exec nfv-h1 ping -c 2 -i 0.2 10.10.0.2 | grep -E 'bytes from|transmitted'
ovs-appctl revalidator/wait       # fold the datapath's packet counts into the OpenFlow counters
ovs-ofctl -O OpenFlow13 --sort=in_port dump-flows br0
ovs-ofctl -O OpenFlow13 del-flows br0
