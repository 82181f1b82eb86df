python3 backend.py web4 19004 > web4.log 2>&1 &
echo $! > web4.pid
python3 - <<'PY'
import json
with open("registry.json", encoding="utf-8") as f:
    r = json.load(f)
r["backends"].append({"name": "web4", "addr": "127.0.0.1:19004", "weight": 100})
with open("registry.json", "w", encoding="utf-8") as f:
    json.dump(r, f, indent=2)
PY
python3 lbctl.py render
for _ in $(seq 50); do           # 새 워커의 헬스 체크가 네 서버 모두 통과할 때까지 (최대 10초)
  [ "$(python3 lbctl.py status 2>/dev/null | grep -c 'check=L7OK')" = 4 ] && break
  sleep 0.2
done
python3 lbctl.py status
for _ in $(seq 50); do           # 옛 워커가 남은 연결을 마치고 끝날 때까지 (최대 10초)
  echo "show proc" | socat stdio "$PWD/master.sock" | grep -q '^# old workers' || break
  sleep 0.2
done
echo "show proc" | socat stdio "$PWD/master.sock"
