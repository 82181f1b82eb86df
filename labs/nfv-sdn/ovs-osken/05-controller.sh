. ./ovs-env.sh
osken-manager --ofp-listen-host 127.0.0.1 --ofp-tcp-listen-port 6653 l2_learning.py > osken.log 2>&1 &
echo $! > osken.pid
for _ in $(seq 100); do ss -Htln 'sport = :6653' | grep -q . && break; sleep 0.1; done
ovs-vsctl set-controller br0 tcp:127.0.0.1:6653
for _ in $(seq 100); do [ "$(ovs-vsctl get controller br0 is_connected)" = true ] && break; sleep 0.1; done
ovs-vsctl --columns=target,is_connected list controller
