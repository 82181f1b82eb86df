# RabbitMQ 노드 하나를 이 디렉터리 안에서만 돌리기 위한 환경 변수 (source로 읽음)
export RABBITMQ_NODENAME=rabbit@localhost
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT=5672
export RABBITMQ_DIST_PORT=25672 ERL_EPMD_ADDRESS=127.0.0.1
export RABBITMQ_MNESIA_BASE="$PWD/rabbit/mnesia" RABBITMQ_LOG_BASE="$PWD/rabbit/log"
export RABBITMQ_PID_FILE="$PWD/rabbit/rabbit.pid"
export RABBITMQ_ENABLED_PLUGINS_FILE="$PWD/rabbit/enabled_plugins"
export RABBITMQ_CONFIG_FILE="$PWD/rabbit/rabbitmq"          # rabbit/rabbitmq.conf (없어도 됨)
export RABBITMQ_ADVANCED_CONFIG_FILE="$PWD/rabbit/advanced.config"
export PATH="/usr/lib/rabbitmq/bin:$PATH"   # 패키지의 래퍼(/usr/sbin) 대신 현재 사용자로 실행
