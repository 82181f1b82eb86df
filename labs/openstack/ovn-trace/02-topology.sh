export OVN_NB_DB="unix:$PWD/nb.sock"
# Neutron이 쓰는 것과 같은 이름 규칙: 스위치 neutron-<네트워크 ID>, 논리 포트 이름 = 포트 ID,
# 라우터 neutron-<라우터 ID>, 라우터 포트 lrp-<포트 ID>, 보안 그룹 pg_<ID의 -를 _로>
NET_ID=6f1c0b7e-2d4a-4c1e-9b8a-3e5f7a9c1d20
PORT_ID=c5d2e8f1-7a3b-4d6c-8e9f-0a1b2c3d4e5f
RPORT_ID=a1b2c3d4-0000-4000-8000-000000000001
GWPORT_ID=a1b2c3d4-0000-4000-8000-000000000002
ROUTER_ID=0d4a9e2c-5b7f-4a1d-8c3e-6f2b9d0a7e11
PUB_ID=9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b
SG_ID=9a3e4b5c-6d7e-4f80-9a1b-2c3d4e5f6a7b
MAC=fa:16:3e:5b:21:9c
PG="pg_${SG_ID//-/_}"

# 테넌트 네트워크 lab-net과 VM 포트 (port_security = 스푸핑 방지)
ovn-nbctl ls-add "neutron-$NET_ID" -- set Logical_Switch "neutron-$NET_ID" \
  external_ids:neutron\\:network_name=lab-net
ovn-nbctl lsp-add "neutron-$NET_ID" "$PORT_ID" \
  -- lsp-set-addresses "$PORT_ID" "$MAC 10.30.0.23" \
  -- lsp-set-port-security "$PORT_ID" "$MAC 10.30.0.23"

# 라우터 lab-router: 내부 인터페이스 10.30.0.1, 외부(public) 게이트웨이 172.24.4.10
ovn-nbctl lr-add "neutron-$ROUTER_ID" -- set Logical_Router "neutron-$ROUTER_ID" \
  external_ids:neutron\\:router_name=lab-router
ovn-nbctl lrp-add "neutron-$ROUTER_ID" "lrp-$RPORT_ID" fa:16:3e:00:00:01 10.30.0.1/24
ovn-nbctl lsp-add "neutron-$NET_ID" "$RPORT_ID" -- lsp-set-type "$RPORT_ID" router \
  -- lsp-set-addresses "$RPORT_ID" router -- lsp-set-options "$RPORT_ID" router-port="lrp-$RPORT_ID"
ovn-nbctl ls-add "neutron-$PUB_ID" -- set Logical_Switch "neutron-$PUB_ID" \
  external_ids:neutron\\:network_name=public
ovn-nbctl lsp-add "neutron-$PUB_ID" "provnet-$PUB_ID" -- lsp-set-type "provnet-$PUB_ID" localnet \
  -- lsp-set-addresses "provnet-$PUB_ID" unknown -- lsp-set-options "provnet-$PUB_ID" network_name=public
ovn-nbctl lrp-add "neutron-$ROUTER_ID" "lrp-$GWPORT_ID" fa:16:3e:00:00:02 172.24.4.10/24
ovn-nbctl lsp-add "neutron-$PUB_ID" "$GWPORT_ID" -- lsp-set-type "$GWPORT_ID" router \
  -- lsp-set-addresses "$GWPORT_ID" router -- lsp-set-options "$GWPORT_ID" router-port="lrp-$GWPORT_ID"
ovn-nbctl lrp-set-gateway-chassis "lrp-$GWPORT_ID" devstack 1   # 외부 포트를 게이트웨이 섀시에 둠
ovn-nbctl lr-route-add "neutron-$ROUTER_ID" 0.0.0.0/0 172.24.4.1

# SNAT(라우터 게이트웨이 주소로)와 Floating IP(dnat_and_snat)
ovn-nbctl lr-nat-add "neutron-$ROUTER_ID" snat 172.24.4.10 10.30.0.0/24
ovn-nbctl lr-nat-add "neutron-$ROUTER_ID" dnat_and_snat 172.24.4.187 10.30.0.23

# 보안 그룹 lab-sg: ICMP와 SSH만 허용 (나머지 인바운드는 기본 드롭 그룹이 막음)
ovn-nbctl pg-add neutron_pg_drop "$PORT_ID"
ovn-nbctl acl-add neutron_pg_drop to-lport 1001 "outport == @neutron_pg_drop && ip" drop
ovn-nbctl acl-add neutron_pg_drop from-lport 1001 "inport == @neutron_pg_drop && ip" drop
ovn-nbctl pg-add "$PG" "$PORT_ID"
ovn-nbctl acl-add "$PG" from-lport 1002 "inport == @$PG && ip4" allow-related
ovn-nbctl acl-add "$PG" to-lport 1002 "outport == @$PG && ip4 && ip4.src == 0.0.0.0/0 && icmp4" allow-related
ovn-nbctl acl-add "$PG" to-lport 1002 \
  "outport == @$PG && ip4 && ip4.src == 0.0.0.0/0 && tcp && tcp.dst == 22" allow-related

ovn-nbctl --wait=sb --timeout=10 sync   # ovn-northd가 SB의 논리 플로까지 만들 때까지 기다림
