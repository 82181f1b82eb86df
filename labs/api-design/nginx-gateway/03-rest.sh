GW=http://127.0.0.1:8080
curl -s -i "$GW/v1/subnets" | grep -v -i -E '^(date|server|connection|content-length)'
curl -s -o /dev/null -w '%{http_code}\n' -X POST "$GW/v1/subnets" -H 'X-Api-Key: key-tenant-a' \
  -H 'Content-Type: application/json' -d '{"network_id":"n1","cidr":"192.168.0.0/24"}'
curl -s "$GW/v1/subnets" -H 'X-Api-Key: key-tenant-b'; echo
curl -s "$GW/v1/subnets" -H 'X-Api-Key: key-tenant-a' -H 'X-Tenant-Id: tenant-b' \
  | python3 -c 'import sys,json; print([(s["tenant_id"], s["cidr"]) for s in json.load(sys.stdin)["subnets"]])'
