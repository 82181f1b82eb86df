"""Kafka 없이 컨슈머의 멱등성과 버전 검사를 확인합니다: 아웃박스의 이벤트를 발행 순서(seq)대로
읽어 컨슈머와 같은 Projection에 넣고, 릴레이 장애로 생기는 "같은 이벤트의 재발행"과
"뒤늦게 도착한 옛 버전"을 흉내 냅니다."""
import sys
import uuid

import psycopg

from projection import Projection

DSN = "postgresql://postgres:lab@127.0.0.1:5432/ports"
svc = sys.argv[1]
projection = Projection(f"{svc}.db")

with psycopg.connect(DSN) as conn:
    events = conn.execute("SELECT seq, event_id, event_type, payload FROM outbox ORDER BY seq").fetchall()


def deliver(label, event_id, event_type, data):
    result = projection.handle(str(event_id), event_type, data)
    print(f"[{svc}] {label} {event_type} {data['port_id']} v{data['version']} -> {result}")


print("-- 1) 아웃박스의 모든 이벤트를 처음으로 전달")
for seq, event_id, event_type, data in events:
    deliver(f"seq={seq}", event_id, event_type, data)
print("-- 2) 릴레이가 표시 전에 죽어 마지막 두 이벤트를 다시 발행")
for seq, event_id, event_type, data in events[-2:]:
    deliver(f"seq={seq}", event_id, event_type, data)
print("-- 3) p2의 옛 버전(v1)이 새 이벤트 ID로 늦게 도착")
deliver("late", uuid.uuid4(), "port.updated",
        {"port_id": "p2", "tenant_id": "t1", "network_id": "n1", "ip": "10.9.9.9", "version": 1})
print("-- 읽기 모델 (port_id, version, deleted, ip)")
for row in projection.ports():
    print(row)
