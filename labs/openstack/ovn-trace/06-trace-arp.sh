export OVN_SB_DB="unix:$PWD/sb.sock"
NET_ID=6f1c0b7e-2d4a-4c1e-9b8a-3e5f7a9c1d20
PORT_ID=c5d2e8f1-7a3b-4d6c-8e9f-0a1b2c3d4e5f
MAC=fa:16:3e:5b:21:9c IP=10.30.0.23
ovn-trace --summary "neutron-$NET_ID" \
  "inport == \"$PORT_ID\" && eth.src == $MAC && eth.dst == ff:ff:ff:ff:ff:ff && arp.op == 1 && arp.spa == $IP && arp.tpa == 10.30.0.1 && arp.sha == $MAC"
