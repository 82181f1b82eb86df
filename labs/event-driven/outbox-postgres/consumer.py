import json
import os
import sys

from confluent_kafka import Consumer, Producer

from projection import Projection

svc = sys.argv[1]
projection = Projection(f"{svc}.db")      # 서비스마다 자기 읽기 모델
consumer = Consumer({
    "bootstrap.servers": "localhost:9092",
    "group.id": svc,
    "auto.offset.reset": "earliest",
    "enable.auto.commit": False,      # 처리 후 직접 커밋 = at-least-once
})
dlq = Producer({"bootstrap.servers": "localhost:9092"})
consumer.subscribe(["port-events"],
                   on_assign=lambda c, ps: print(f"[{svc}] assigned {[p.partition for p in ps]}",
                                                 flush=True))


def handle(msg):
    where = f"P{msg.partition()}@{msg.offset()}"
    try:
        headers = dict(msg.headers() or [])
        event_id, event_type = headers["ce_id"].decode(), headers["ce_type"].decode()
        data = json.loads(msg.value())
        data["port_id"], data["version"]
    except (KeyError, ValueError, TypeError) as exc:  # 영구 오류: 재시도하지 않고 격리
        dlq.produce("port-events.dlq", key=msg.key(), value=msg.value(),
                    headers=[("error", repr(exc).encode()), ("origin", where.encode())])
        dlq.flush(10)
        consumer.commit(message=msg, asynchronous=False)
        print(f"[{svc}] {where} poison -> DLQ ({exc!r})", flush=True)
        return
    result = projection.handle(event_id, event_type, data)
    print(f"[{svc}] {where} {event_type} {data['port_id']} v{data['version']} -> {result}",
          flush=True)
    if os.environ.get("CRASH_AFTER_APPLY"):
        os._exit(1)          # 장애 주입: DB에는 반영, 오프셋은 미커밋
    consumer.commit(message=msg, asynchronous=False)


try:
    while True:
        msg = consumer.poll(1.0)
        if msg is None:
            continue
        if msg.error():
            print(msg.error(), flush=True)
            continue
        handle(msg)
finally:
    consumer.close()         # Ctrl+C로 끝낼 때 그룹을 즉시 떠나 재시작이 빠름
