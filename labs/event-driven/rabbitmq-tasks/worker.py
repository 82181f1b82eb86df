import os
import sys
import time

import pika

name = sys.argv[1]
conn = pika.BlockingConnection(pika.ConnectionParameters("localhost"))
ch = conn.channel()
ch.exchange_declare("port.dlx", exchange_type="fanout", durable=True)
ch.queue_declare("port.tasks.dlq", durable=True, arguments={"x-queue-type": "quorum"})
ch.queue_bind("port.tasks.dlq", "port.dlx")
ch.queue_declare("port.tasks", durable=True, arguments={
    "x-queue-type": "quorum",
    "x-delivery-limit": 3,               # 실습용으로 작게. 4.0 이후 기본값은 20
    "x-dead-letter-exchange": "port.dlx",
})
ch.basic_qos(prefetch_count=1)           # ack 전에는 하나만 받음


def on_message(ch, method, props, body):
    task = body.decode()
    count = (props.headers or {}).get("x-delivery-count", 0)
    print(f"[{name}] got {task} redelivered={method.redelivered} delivery-count={count}",
          flush=True)
    if task.startswith("poison"):                 # 처리에 계속 실패하는 메시지
        # "이 메시지 처리에 실패했다"는 reject. RabbitMQ 4.3부터 delivery-limit은 reject(requeue=True)만 세고
        # nack(requeue=True)는 "지금은 받을 수 없다"로 보아 세지 않으므로, nack으로는 DLQ에 가지 않음
        ch.basic_reject(delivery_tag=method.delivery_tag, requeue=True)
        return
    time.sleep(float(os.environ.get("WORK_SECONDS", "3")))
    ch.basic_ack(delivery_tag=method.delivery_tag)  # 처리가 끝난 뒤에 ack
    print(f"[{name}] done {task}", flush=True)


ch.basic_consume("port.tasks", on_message)   # auto_ack 기본값 False = 수동 ack
print(f"[{name}] waiting for tasks", flush=True)
ch.start_consuming()
