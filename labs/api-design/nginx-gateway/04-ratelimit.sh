GW=http://127.0.0.1:8080
sleep 1                                 # 3단계 요청이 버킷에서 빠져나갈 때까지
# curl 한 번으로 같은 연결에서 20건을 연달아 보냄 (요청마다 -o /dev/null)
reqs=(); for _ in $(seq 1 20); do reqs+=(-o /dev/null "$GW/v1/subnets"); done
curl -s -w '%{http_code} ' -H 'X-Api-Key: key-tenant-a' "${reqs[@]}"; echo
curl -s -i "$GW/v1/subnets" -H 'X-Api-Key: key-tenant-a' | grep -v -i -E '^(date|server|connection|content-length)'
curl -s -o /dev/null -w 'tenant-b: %{http_code}\n' "$GW/v1/subnets" -H 'X-Api-Key: key-tenant-b'
