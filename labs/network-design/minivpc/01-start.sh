python3 minivpc.py api        > api.log 2>&1 & echo $! > api.pid
# API가 응답할 때까지 최대 5초
for _ in $(seq 50); do curl -s -o /dev/null localhost:8780/v1/ports && break; sleep 0.1; done
python3 minivpc.py controller > ctl.log 2>&1 & echo $! > ctl.pid
python3 minivpc.py agent host-a > agent-a.log 2>&1 & echo $! > agent-a.pid
sleep 1; cat api.log ctl.log agent-a.log
