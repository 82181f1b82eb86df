PID=$(curl -s localhost:8780/v1/ports | python3 -c 'import json,sys; print([p["id"] for p in json.load(sys.stdin) if p["host"]=="host-b"][0])')
curl -s -o /dev/null -w '%{http_code}\n' -X DELETE "localhost:8780/v1/ports/$PID"
sleep 2; tail -1 ctl.log; tail -1 agent-b.log; cat dataplane-host-b.json; echo
