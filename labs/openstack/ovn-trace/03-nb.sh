export OVN_NB_DB="unix:$PWD/nb.sock"
NET_ID=6f1c0b7e-2d4a-4c1e-9b8a-3e5f7a9c1d20
PORT_ID=c5d2e8f1-7a3b-4d6c-8e9f-0a1b2c3d4e5f
ROUTER_ID=0d4a9e2c-5b7f-4a1d-8c3e-6f2b9d0a7e11
SG_ID=9a3e4b5c-6d7e-4f80-9a1b-2c3d4e5f6a7b
ovn-nbctl get Logical_Switch "neutron-$NET_ID" external_ids
ovn-nbctl lsp-list "neutron-$NET_ID"
ovn-nbctl --columns=name,addresses,port_security,up list Logical_Switch_Port "$PORT_ID"
ovn-nbctl lrp-list "neutron-$ROUTER_ID"
ovn-nbctl lr-nat-list "neutron-$ROUTER_ID"
ovn-nbctl acl-list "pg_${SG_ID//-/_}"
