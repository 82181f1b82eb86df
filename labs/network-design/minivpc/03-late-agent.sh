python3 minivpc.py agent host-b > agent-b.log 2>&1 & echo $! > agent-b.pid
sleep 2; cat agent-b.log; cat dataplane-host-b.json; echo
