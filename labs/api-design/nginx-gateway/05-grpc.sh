sleep 4                                 # 4단계에서 다 쓴 tenant-a의 버킷이 줄어들 때까지
python port_client.py 127.0.0.1:8081
python grpc_burst.py
sleep 3 && python grpc_burst.py key-tenant-b
tail -n 3 gw/logs/access.log | cut -d' ' -f6-     # 주소와 시각을 뺀 요청 줄부터
