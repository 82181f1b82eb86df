uvicorn subnet_api:app --host 127.0.0.1 --port 8000 > server.log 2>&1 &
echo $! > server.pid
# 서버가 응답할 때까지 최대 10초 기다림
timeout 10 bash -c 'until curl -sf -o /dev/null http://127.0.0.1:8000/openapi.json; do sleep 0.2; done'
