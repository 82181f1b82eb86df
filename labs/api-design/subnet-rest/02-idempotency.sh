API=http://127.0.0.1:8000
curl -s -i -X POST "$API/v1/subnets" -H 'Content-Type: application/json' \
  -H 'Idempotency-Key: 3f6c1d2e-0001' \
  -d '{"network_id":"net-1","name":"web","cidr":"10.0.1.0/24"}'
echo
curl -s -o /dev/null -w '%{http_code} %header{location}\n' -X POST "$API/v1/subnets" \
  -H 'Content-Type: application/json' -H 'Idempotency-Key: 3f6c1d2e-0001' \
  -d '{"network_id":"net-1","name":"web","cidr":"10.0.1.0/24"}'
curl -s -w '\n%{http_code}\n' -X POST "$API/v1/subnets" -H 'Content-Type: application/json' \
  -H 'Idempotency-Key: 3f6c1d2e-0001' \
  -d '{"network_id":"net-1","name":"web","cidr":"10.0.9.0/24"}'
