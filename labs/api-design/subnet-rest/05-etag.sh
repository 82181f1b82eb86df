API=http://127.0.0.1:8000
SID=$(curl -s "$API/v1/subnets?limit=1" | python3 -c 'import sys,json; print(json.load(sys.stdin)["subnets"][0]["id"])')
echo "$SID" > sid.txt      # 다음 단계에서 씀
curl -s -i "$API/v1/subnets/$SID" | grep -i -E '^HTTP|^etag|^cache-control'
curl -s -o /dev/null -w '%{http_code}\n' "$API/v1/subnets/$SID" -H 'If-None-Match: "1"'
curl -s -w '\n%{http_code}\n' -X PATCH "$API/v1/subnets/$SID" -H 'Content-Type: application/json' -d '{"name":"a"}'
curl -s -o /dev/null -w '%{http_code} %header{etag}\n' -X PATCH "$API/v1/subnets/$SID" \
  -H 'Content-Type: application/json' -H 'If-Match: "1"' -d '{"name":"a"}'
curl -s -w '\n%{http_code}\n' -X PATCH "$API/v1/subnets/$SID" \
  -H 'Content-Type: application/json' -H 'If-Match: "1"' -d '{"name":"b"}'
