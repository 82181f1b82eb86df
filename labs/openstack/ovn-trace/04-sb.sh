export OVN_SB_DB="unix:$PWD/sb.sock"
PORT_ID=c5d2e8f1-7a3b-4d6c-8e9f-0a1b2c3d4e5f
ovn-sbctl --columns=logical_port,chassis,up,tunnel_key find Port_Binding "logical_port=$PORT_ID"
ovn-sbctl lflow-list | grep -c 'table='     # ovn-northd가 만든 논리 플로 수
