demo() {
  echo "== 서버 $1, 클라이언트 $2"
  GRPC_VERBOSITY=debug GRPC_TRACE=http_keepalive python keepalive_demo.py "$1" "$2" 2> trace.log
  # 추적 로그에서 PING 수신(서버), GOAWAY, 지연된 PING(클라이언트)만 골라 연속된 같은 줄을 셈
  sed -n -E \
    -e 's/.*SERVER.*received ping .*(ping_strikes=[0-9]+).*/server: PING received, \1/p' \
    -e 's/.*(Received a GOAWAY .*"too_many_pings").*/client: \1/p' \
    -e 's/.*CLIENT.*(Ping delayed).*(minimum wait:[0-9]+ms).*/client: \1, \2/p' trace.log | uniq -c
}
demo typo unlimited
demo match unlimited
demo typo default
