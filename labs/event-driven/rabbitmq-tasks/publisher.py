import sys

import pika

conn = pika.BlockingConnection(pika.ConnectionParameters("localhost"))
ch = conn.channel()
ch.confirm_delivery()   # 이후 basic_publish는 브로커 확인을 받을 때까지 블록, nack/미라우팅이면 예외
props = pika.BasicProperties(delivery_mode=2)  # persistent
for i in range(int(sys.argv[1])):
    ch.basic_publish("", "port.tasks", f"bind-port-{i}".encode(), props, mandatory=True)
ch.basic_publish("", "port.tasks", b"poison-1", props, mandatory=True)
print("all published and confirmed")
conn.close()
