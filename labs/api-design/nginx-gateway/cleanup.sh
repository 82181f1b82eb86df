sudo nginx -s stop -c "$PWD/gw/nginx.conf" -p "$PWD/gw/"
kill "$(cat rest.pid)" "$(cat grpc.pid)"      # 01단계에서 띄운 두 백엔드
rm -rf netapi gw/logs gw/*_temp rest.log grpc.log rest.pid grpc.pid
