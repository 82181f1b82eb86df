. ./ovs-env.sh
if [ -f osken.pid ]; then kill "$(cat osken.pid)" 2>/dev/null; fi   # the controller, if it still runs
ovs-vsctl --if-exists del-br br0
ovs-appctl -t ovs-vswitchd exit --cleanup
ovs-appctl -t ovsdb-server exit
ip netns del nfv-h1; ip netns del nfv-h2
