export OVN_SB_DB="unix:$PWD/sb.sock"
PUB_ID=9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b
# 외부(203.0.113.5)에서 Floating IP 172.24.4.187로 새 TCP 연결: 22번(허용)과 80번(규칙 없음)
for port in 22 80; do
  echo "--- tcp.dst == $port"
  ovn-trace --minimal --ct=new --ct=new "neutron-$PUB_ID" \
    "inport == \"provnet-$PUB_ID\" && eth.src == fa:16:3e:00:00:fe && eth.dst == fa:16:3e:00:00:02 && ip4.src == 203.0.113.5 && ip4.dst == 172.24.4.187 && ip.ttl == 64 && tcp && tcp.dst == $port"
done
