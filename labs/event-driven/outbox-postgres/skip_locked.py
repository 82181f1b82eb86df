"""릴레이 두 개가 동시에 아웃박스를 읽으면: FOR UPDATE SKIP LOCKED는 다른 트랜잭션이 잠근 행을 건너뜁니다."""
import psycopg

DSN = "postgresql://postgres:lab@127.0.0.1:5432/ports"
QUERY = ("SELECT seq, aggregate_id FROM outbox WHERE published_at IS NULL "
         "ORDER BY seq LIMIT 3 FOR UPDATE SKIP LOCKED")

with psycopg.connect(DSN) as a, psycopg.connect(DSN) as b:
    rows_a = a.execute(QUERY).fetchall()        # 릴레이 A: 트랜잭션을 연 채로 3행을 잠금
    rows_b = b.execute(QUERY).fetchall()        # 릴레이 B: A가 잠근 행은 건너뜀
    print("relay A:", rows_a)
    print("relay B:", rows_b)
    a.rollback()
    b.rollback()
