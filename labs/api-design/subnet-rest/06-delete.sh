API=http://127.0.0.1:8000
SID=$(cat sid.txt)
curl -s -o /dev/null -w '%{http_code}\n' -X DELETE "$API/v1/subnets/$SID"
curl -s -o /dev/null -w '%{http_code}\n' -X DELETE "$API/v1/subnets/$SID"
curl -s "$API/openapi.json" | python3 -c 'import sys,json; d=json.load(sys.stdin); print(d["openapi"], list(d["paths"]))'
