. ./ovs-env.sh
for i in 1 2; do ip -n "nfv-h$i" neigh flush all; done   # start with empty ARP caches
ip netns exec nfv-h1 ping -c 3 -i 0.2 10.10.0.2 | grep -E 'bytes from|transmitted'
ovs-appctl revalidator/wait
ovs-ofctl -O OpenFlow13 --rsort dump-flows br0
cat osken.log
