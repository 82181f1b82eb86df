ovn-appctl -t "$PWD/northd.ctl" exit
ovs-appctl -t "$PWD/nb.ctl" exit
ovs-appctl -t "$PWD/sb.ctl" exit
rm -f nb.db sb.db ./*.log
