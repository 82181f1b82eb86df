kill "$(cat web2.pid)"
for _ in $(seq 50); do           # fall 2, inter 1s: 약 2초 뒤 DOWN (최대 10초 대기)
  python3 lbctl.py status | grep -q '^web2 *status=DOWN ' && break
  sleep 0.2
done
python3 lbctl.py status
for _ in 1 2 3 4; do curl -s http://127.0.0.1:18080/; done
