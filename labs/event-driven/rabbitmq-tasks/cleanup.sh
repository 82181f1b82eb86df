kill "$(cat w2.pid)" "$(cat rpc.pid)"     # 남은 워커와 RPC 서버
source ./rabbit-env.sh
rabbitmqctl -q stop         # 노드 종료 (데이터는 이 디렉터리의 rabbit/ 아래에만 있음)
epmd -kill > /dev/null      # Erlang 포트 매퍼도 종료
rm -rf rabbit ./*.log ./*.pid
