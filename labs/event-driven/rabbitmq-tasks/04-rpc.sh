python rpc_server.py > rpc.log 2>&1 &
timeout 10 bash -c 'until grep -qs waiting rpc.log; do sleep 0.2; done'
python rpc_client.py p1
python rpc_client.py p1               # 같은 포트: 같은 응답
kill %1                               # 서버를 멈추고
wait
python rpc_client.py p2               # 5초 뒤 TIMEOUT
