python -m grpc_tools.protoc -I proto --python_out=. --grpc_python_out=. proto/netapi/v1/port.proto
uvicorn subnet_api:app --host 127.0.0.1 --port 8000 > rest.log 2>&1 &
echo $! > rest.pid
python port_server.py > grpc.log 2>&1 &
echo $! > grpc.pid
# 두 백엔드가 준비될 때까지 최대 10초씩 기다림
timeout 10 bash -c 'until curl -sf -o /dev/null http://127.0.0.1:8000/openapi.json; do sleep 0.2; done'
timeout 10 bash -c 'until grep -qs listening grpc.log; do sleep 0.2; done'
