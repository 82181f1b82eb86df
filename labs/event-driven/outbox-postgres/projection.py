"""읽기 모델(SQLite)에 포트 이벤트를 멱등하게 반영합니다. Kafka 컨슈머(consumer.py)와 재생 스크립트(replay.py)가 함께 씁니다."""
import sqlite3


class Projection:
    def __init__(self, path):
        self.db = sqlite3.connect(path, isolation_level=None)  # BEGIN/COMMIT을 직접 관리
        self.db.executescript("""
        CREATE TABLE IF NOT EXISTS processed_events (event_id TEXT PRIMARY KEY);
        CREATE TABLE IF NOT EXISTS ports (port_id TEXT PRIMARY KEY, version INTEGER,
                                          deleted INTEGER, ip TEXT);
        """)

    def _apply(self, event_type, data):
        row = self.db.execute("SELECT version FROM ports WHERE port_id = ?",
                              (data["port_id"],)).fetchone()
        if row and row[0] >= data["version"]:
            return f"stale (have v{row[0]})"            # 뒤늦게 온 옛 버전: 무시
        deleted = 1 if event_type == "port.deleted" else 0  # 삭제도 행을 지우지 않고 툼스톤으로 남김
        self.db.execute(
            "INSERT INTO ports VALUES (?, ?, ?, ?) ON CONFLICT(port_id) DO UPDATE SET "
            "version = excluded.version, deleted = excluded.deleted, ip = excluded.ip",
            (data["port_id"], data["version"], deleted, data.get("ip")))
        return "applied"

    def handle(self, event_id, event_type, data):
        """처리 기록과 읽기 모델 변경을 한 트랜잭션으로: 같은 event_id는 두 번 반영되지 않음."""
        self.db.execute("BEGIN")
        try:
            self.db.execute("INSERT INTO processed_events VALUES (?)", (event_id,))
            result = self._apply(event_type, data)
            self.db.execute("COMMIT")
        except sqlite3.IntegrityError:
            self.db.execute("ROLLBACK")
            result = "duplicate (skipped)"
        return result

    def ports(self):
        return self.db.execute("SELECT * FROM ports ORDER BY port_id").fetchall()
