source ./rabbit-env.sh
mkdir -p rabbit/mnesia rabbit/log && echo '[].' > rabbit/enabled_plugins
rabbitmq-server > rabbit/server.out 2>&1 &
# 노드가 epmd에 등록되고 부팅을 마칠 때까지 최대 60번(약 1~2분) 확인
for _ in $(seq 60); do rabbitmqctl -q await_startup --timeout 30 > /dev/null 2>&1 && break; sleep 1; done
rabbitmqctl -q version
