python rpc_server.py > rpc2.log 2>&1 &        # 서버를 다시 띄우면
echo $! > rpc.pid
timeout 10 bash -c 'until grep -qs allocated rpc2.log; do sleep 0.2; done'
cat rpc2.log                                   # 큐에 남아 있던 p2 요청을 이제야 처리함
