chmod +x fabric.sh gen.sh
./gen.sh
sudo ./fabric.sh up
sudo ./fabric.sh frr_start
# 두 leaf가 상대 랙 서브넷을 nexthop 2개(spine 2대)로 받을 때까지 최대 30초 기다립니다.
for _ in $(seq 60); do
  a=$(sudo ip -n nd-l1 route show 10.129.0.64/26 | grep -c nexthop)
  b=$(sudo ip -n nd-l2 route show 10.129.0.0/26 | grep -c nexthop)
  [ "$a" -eq 2 ] && [ "$b" -eq 2 ] && break
  sleep 0.5
done
echo "nexthops l1->rack2: $a, l2->rack1: $b"
