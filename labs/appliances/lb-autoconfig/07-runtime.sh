python3 lbctl.py drain web3
python3 lbctl.py status
# web1의 가중치를 50으로 낮춰 레지스트리에 기록하고 런타임에 반영
python3 - <<'PY'
import json
with open("registry.json", encoding="utf-8") as f:
    r = json.load(f)
next(b for b in r["backends"] if b["name"] == "web1")["weight"] = 50
with open("registry.json", "w", encoding="utf-8") as f:
    json.dump(r, f, indent=2)
PY
python3 lbctl.py weights
python3 lbctl.py status
for _ in 1 2 3 4 5 6; do curl -s http://127.0.0.1:18080/; done | sort | uniq -c
