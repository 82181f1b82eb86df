"""DLQ의 메시지 하나를 꺼내(ack 없이 되돌림) 본문과 데드레터링 원인 헤더를 출력합니다."""
import pika

conn = pika.BlockingConnection(pika.ConnectionParameters("localhost"))
ch = conn.channel()
method, props, body = ch.basic_get("port.tasks.dlq", auto_ack=False)
headers = props.headers or {}
print("body:", body.decode())
print("x-first-death-reason:", headers.get("x-first-death-reason"))
for death in headers.get("x-death", []):
    print(f"x-death: queue={death['queue']} reason={death['reason']} count={int(death['count'])}")
ch.basic_nack(method.delivery_tag, requeue=True)
conn.close()
