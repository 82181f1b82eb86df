python3 backend.py web2 19002 > web2.log 2>&1 &
echo $! > web2.pid
for _ in $(seq 50); do           # rise 2: 검사 두 번 성공하면 UP (최대 10초 대기)
  python3 lbctl.py status | grep -q '^web2 *status=UP ' && break
  sleep 0.2
done
python3 lbctl.py status | grep web2
sleep 4; python3 lbctl.py status | grep web2
for _ in $(seq 60); do           # slowstart 10s: 가중치가 100이 될 때까지 (최대 12초 대기)
  python3 lbctl.py status | grep -q '^web2 .*weight=100 ' && break
  sleep 0.2
done
python3 lbctl.py status | grep web2
