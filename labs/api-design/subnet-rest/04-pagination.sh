API=http://127.0.0.1:8000
for c in 10.0.2.0/24 10.0.3.0/24 10.0.4.0/24; do
  curl -s -o /dev/null -X POST "$API/v1/subnets" -H 'Content-Type: application/json' \
    -d "{\"network_id\":\"net-1\",\"cidr\":\"$c\"}"
done
P1=$(curl -s "$API/v1/subnets?limit=2")
NEXT=$(echo "$P1" | python3 -c 'import sys,json; print(json.load(sys.stdin)["next"])')
P2=$(curl -s "$NEXT")
for p in "$P1" "$P2"; do
  echo "$p" | python3 -c 'import sys,json; d=json.load(sys.stdin); print(len(d["subnets"]), "subnets, next:", d.get("next"))'
done
# 두 페이지를 합치면 빠짐도 겹침도 없이 4개 (페이지 안의 순서는 UUID 순이라 실행마다 다름)
printf '%s\n%s\n' "$P1" "$P2" | python3 -c 'import sys,json; print(sorted(s["cidr"] for l in sys.stdin for s in json.loads(l)["subnets"]))'
