. ./ovs-env.sh
# 11 s of traffic, one ping every 0.5 s: longer than the 10 s idle_timeout.
ip netns exec nfv-h1 ping -c 22 -i 0.5 10.10.0.2 > ping.txt &
kill "$(cat osken.pid)"                       # stop only the controller this lab started
for _ in $(seq 100); do [ "$(ovs-vsctl get controller br0 is_connected)" = false ] && break; sleep 0.1; done
ovs-vsctl --columns=is_connected list controller
wait
grep transmitted ping.txt
ovs-ofctl -O OpenFlow13 --no-stats --rsort dump-flows br0
sleep 12                                       # now 12 s without traffic
ovs-ofctl -O OpenFlow13 --no-stats --rsort dump-flows br0
ip netns exec nfv-h1 ping -c 1 -W 1 10.10.0.2 | grep transmitted
