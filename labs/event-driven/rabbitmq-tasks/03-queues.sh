source ./rabbit-env.sh
# quorum queue의 통계는 몇 초 주기로 갱신되므로, DLQ에 1건이 보일 때까지 최대 20번 다시 확인
for _ in $(seq 20); do
  rabbitmqctl -q list_queues name messages_ready | grep -qs -P '^port\.tasks\.dlq\t1$' && break
  sleep 1
done
rabbitmqctl -q list_queues name type messages_ready messages_unacknowledged | sort
python dlq_peek.py
