"""사용법: create <port> <tenant> <network> <ip> | update <port> <ip> | delete <port>"""
import sys
import uuid

import psycopg
from psycopg.types.json import Jsonb

DSN = "postgresql://postgres:lab@127.0.0.1:5432/ports"


def emit(cur, port_id, event_type, data):
    cur.execute(
        "INSERT INTO outbox (event_id, aggregate_id, event_type, payload) "
        "VALUES (%s, %s, %s, %s)",
        (uuid.uuid4(), port_id, event_type, Jsonb(data)),
    )


def main():
    op, port_id = sys.argv[1], sys.argv[2]
    # with 블록이 예외 없이 끝나면 COMMIT, 예외면 ROLLBACK: 포트와 이벤트가 함께 저장되거나 함께 버려짐
    with psycopg.connect(DSN) as conn, conn.cursor() as cur:
        if op == "create":
            tenant, network, ip = sys.argv[3], sys.argv[4], sys.argv[5]
            cur.execute(
                "INSERT INTO ports (id, tenant_id, network_id, ip, version) "
                "VALUES (%s, %s, %s, %s, 1)", (port_id, tenant, network, ip))
            emit(cur, port_id, "port.created", {"port_id": port_id, "tenant_id": tenant,
                                                "network_id": network, "ip": ip, "version": 1})
        elif op == "update":
            cur.execute(
                "UPDATE ports SET ip = %s, version = version + 1 "
                "WHERE id = %s AND NOT deleted RETURNING version, tenant_id, network_id",
                (sys.argv[3], port_id))
            row = cur.fetchone()
            if row is None:       # with 블록 안의 예외(SystemExit 포함)는 ROLLBACK
                raise SystemExit(f"{op} {port_id}: no such port, rolled back")
            version, tenant, network = row
            emit(cur, port_id, "port.updated", {"port_id": port_id, "tenant_id": tenant,
                                                "network_id": network, "ip": sys.argv[3],
                                                "version": version})
        elif op == "delete":
            cur.execute(
                "UPDATE ports SET deleted = true, version = version + 1 "
                "WHERE id = %s AND NOT deleted RETURNING version, tenant_id",
                (port_id,))
            row = cur.fetchone()
            if row is None:
                raise SystemExit(f"{op} {port_id}: no such port, rolled back")
            version, tenant = row
            emit(cur, port_id, "port.deleted", {"port_id": port_id, "tenant_id": tenant,
                                                "version": version})
    print(f"{op} {port_id}: committed")


if __name__ == "__main__":
    main()
