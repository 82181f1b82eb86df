NET=$(curl -s -X POST localhost:8780/v1/networks -d '{"name":"web","cidr":"192.168.10.0/24"}')
echo "$NET"
NID=$(echo "$NET" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
curl -s -X POST localhost:8780/v1/ports -d "{\"network_id\":\"$NID\",\"host\":\"host-a\"}"; echo
curl -s -X POST localhost:8780/v1/ports -d "{\"network_id\":\"$NID\",\"host\":\"host-b\"}"; echo
sleep 2
curl -s localhost:8780/v1/ports | python3 -m json.tool | grep -E '"(ip|host|status)"'
cat ctl.log
