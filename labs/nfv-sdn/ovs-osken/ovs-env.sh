# Open vSwitch keeps its database, sockets, pid and log files in ./ovs, not in /var/run/openvswitch.
export OVS_RUNDIR="$PWD/ovs" OVS_LOGDIR="$PWD/ovs" OVS_DBDIR="$PWD/ovs"
