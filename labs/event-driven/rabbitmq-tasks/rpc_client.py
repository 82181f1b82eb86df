import json
import sys
import time
import uuid

import pika

conn = pika.BlockingConnection(pika.ConnectionParameters("localhost"))
ch = conn.channel()
corr_id = str(uuid.uuid4())
reply = {}


def on_reply(ch, method, props, body):
    if props.correlation_id == corr_id:      # 내 요청에 대한 응답만 받음
        reply["body"] = body


# direct reply-to: 발행 전에 의사 큐를 auto_ack로 소비해야 함
ch.basic_consume("amq.rabbitmq.reply-to", on_reply, auto_ack=True)
ch.basic_publish("", "ipam.rpc", json.dumps({"port_id": sys.argv[1]}).encode(),
                 pika.BasicProperties(reply_to="amq.rabbitmq.reply-to", correlation_id=corr_id))
deadline = time.time() + 5                   # 타임아웃은 필수
while "body" not in reply and time.time() < deadline:
    conn.process_data_events(time_limit=0.5)
print(reply.get("body", b"TIMEOUT").decode())
