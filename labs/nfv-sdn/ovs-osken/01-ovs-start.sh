. ./ovs-env.sh
if [ -d /sys/module/openvswitch ]; then echo "openvswitch kernel module: loaded"
else echo "openvswitch kernel module: not loaded (use datapath_type=netdev)"; fi
mkdir -p ovs
ovsdb-tool create ovs/conf.db /usr/share/openvswitch/vswitch.ovsschema
ovsdb-server ovs/conf.db --remote="punix:$OVS_RUNDIR/db.sock" --pidfile --detach --log-file 2>/dev/null
ovs-vsctl --no-wait init
ovs-vswitchd --pidfile --detach --log-file 2>/dev/null
ovs-vsctl --version | head -1
ovs-appctl -t ovs-vswitchd version
