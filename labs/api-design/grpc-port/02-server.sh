python port_server.py > server.log 2>&1 &
echo $! > server.pid
# 서버가 포트를 열 때까지 최대 10초 기다림
timeout 10 bash -c 'until grep -qs listening server.log; do sleep 0.2; done'
