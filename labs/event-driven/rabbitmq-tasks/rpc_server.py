import json
import zlib

import pika

conn = pika.BlockingConnection(pika.ConnectionParameters("localhost"))
ch = conn.channel()
ch.queue_declare("ipam.rpc", durable=True, arguments={"x-queue-type": "quorum"})


def on_request(ch, method, props, body):
    port_id = json.loads(body)["port_id"]
    ip = f"10.0.1.{zlib.crc32(port_id.encode()) % 200 + 10}"   # 같은 포트면 같은 IP: 멱등
    ch.basic_publish("", props.reply_to, json.dumps({"port_id": port_id, "ip": ip}).encode(),
                     pika.BasicProperties(correlation_id=props.correlation_id))
    ch.basic_ack(delivery_tag=method.delivery_tag)
    print(f"allocated {ip} for {port_id}", flush=True)


ch.basic_qos(prefetch_count=10)
ch.basic_consume("ipam.rpc", on_request)
print("waiting for requests", flush=True)
ch.start_consuming()
