import json
import os
import time

import psycopg
from confluent_kafka import Producer

DSN = "postgresql://postgres:lab@127.0.0.1:5432/ports"
producer = Producer({
    "bootstrap.servers": "localhost:9092",
    "enable.idempotence": True,        # 세션 안 재전송 중복 방지 (acks=all 포함)
    "partitioner": "murmur2_random",   # Java 클라이언트와 같은 키 -> 파티션 매핑
})


def relay_once(conn):
    failures = []

    def on_delivery(err, msg):
        if err is not None:
            failures.append(err)

    with conn.transaction():
        rows = conn.execute(
            "SELECT seq, event_id, aggregate_id, event_type, payload FROM outbox "
            "WHERE published_at IS NULL ORDER BY seq LIMIT 100 "
            "FOR UPDATE SKIP LOCKED").fetchall()
        for seq, event_id, port_id, event_type, payload in rows:
            headers = [  # CloudEvents Kafka 바인딩, 바이너리 모드
                ("ce_specversion", b"1.0"),
                ("ce_id", str(event_id).encode()),
                ("ce_source", b"/lab/port-api"),
                ("ce_type", event_type.encode()),
                ("content-type", b"application/json"),
            ]
            producer.produce("port-events", key=port_id, value=json.dumps(payload),
                             headers=headers, on_delivery=on_delivery)
        remaining = producer.flush(10)
        if failures or remaining:
            raise RuntimeError(f"publish failed: {failures} remaining={remaining}")  # ROLLBACK
        if rows and os.environ.get("CRASH_BEFORE_MARK"):
            print(f"published {len(rows)} rows, crashing before mark", flush=True)
            os._exit(1)
        if rows:
            conn.execute("UPDATE outbox SET published_at = now() WHERE seq = ANY(%s)",
                         ([r[0] for r in rows],))
            print(f"relayed {len(rows)} events (last seq {rows[-1][0]})", flush=True)


with psycopg.connect(DSN, autocommit=True) as conn:
    while True:
        relay_once(conn)
        time.sleep(0.5)
