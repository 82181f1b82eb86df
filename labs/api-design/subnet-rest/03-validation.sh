API=http://127.0.0.1:8000
curl -s -w '\n%{http_code}\n' -X POST "$API/v1/subnets" -H 'Content-Type: application/json' \
  -d '{"network_id":"net-1","name":"db","cidr":"10.0.1.128/25"}'
curl -s -w '\n%{http_code}\n' -X POST "$API/v1/subnets" -H 'Content-Type: application/json' \
  -d '{"network_id":"net-1","name":"bad","cidr":"10.0.1.5/24"}'
