"""minivpc: VPC 컨트롤 플레인 축소 모형 (표준 라이브러리만 사용).

  python3 minivpc.py api                 # REST API 서버 (127.0.0.1:8780)
  python3 minivpc.py controller          # 이벤트를 읽어 호스트별 메시지를 발행
  python3 minivpc.py agent host-a        # 호스트 에이전트 (데이터 플레인 = JSON 파일)
"""
import json, os, sqlite3, sys, time, uuid, ipaddress, urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DB = os.environ.get("MINIVPC_DB", "minivpc.db")
PORT = int(os.environ.get("MINIVPC_PORT", "8780"))
API = f"http://127.0.0.1:{PORT}"

def db():
    c = sqlite3.connect(DB, timeout=10, isolation_level=None)
    c.execute("PRAGMA journal_mode=WAL")
    c.executescript("""
    CREATE TABLE IF NOT EXISTS networks(id TEXT PRIMARY KEY, name TEXT, cidr TEXT, vni INTEGER UNIQUE);
    CREATE TABLE IF NOT EXISTS ports(id TEXT PRIMARY KEY, network_id TEXT, host TEXT, ip TEXT,
                                     mac TEXT, status TEXT, revision INTEGER);
    -- 트랜잭셔널 아웃박스 겸 메시지 버스(오프셋으로 읽는 로그)
    CREATE TABLE IF NOT EXISTS events(seq INTEGER PRIMARY KEY AUTOINCREMENT, topic TEXT, body TEXT);
    CREATE TABLE IF NOT EXISTS offsets(consumer TEXT PRIMARY KEY, seq INTEGER);
    """)
    return c

def publish(c, topic, body):
    c.execute("INSERT INTO events(topic, body) VALUES(?, ?)", (topic, json.dumps(body)))

def consume(c, consumer, topic_prefix):
    row = c.execute("SELECT seq FROM offsets WHERE consumer=?", (consumer,)).fetchone()
    last = row[0] if row else 0
    rows = c.execute("SELECT seq, topic, body FROM events WHERE seq>? AND topic LIKE ? ORDER BY seq",
                     (last, topic_prefix + "%")).fetchall()
    return [(s, t, json.loads(b)) for s, t, b in rows]

def commit_offset(c, consumer, seq):
    c.execute("INSERT INTO offsets VALUES(?, ?) ON CONFLICT(consumer) DO UPDATE SET seq=excluded.seq",
              (consumer, seq))

def port_row(r):
    keys = ("id", "network_id", "host", "ip", "mac", "status", "revision")
    return dict(zip(keys, r))

# ---------------------------------------------------------------- API server
class Api(BaseHTTPRequestHandler):
    def reply(self, code, body):
        data = b"" if code == 204 else json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if data:
            self.wfile.write(data)

    def body(self):
        n = int(self.headers.get("Content-Length", 0))
        return json.loads(self.rfile.read(n) or b"{}")

    def do_GET(self):
        c = db()
        parts = self.path.strip("/").split("/")
        if parts == ["v1", "ports"]:
            return self.reply(200, [port_row(r) for r in c.execute("SELECT * FROM ports")])
        if len(parts) == 4 and parts[:2] == ["v1", "hosts"] and parts[3] == "desired":
            # 에이전트의 전체 재동기화(resync)용: 이 호스트에 있어야 할 포트 전부
            rows = c.execute("""SELECT p.id, p.ip, p.mac, n.vni, p.revision FROM ports p
                                JOIN networks n ON n.id=p.network_id WHERE p.host=?""", (parts[2],))
            return self.reply(200, [dict(zip(("id", "ip", "mac", "vni", "revision"), r)) for r in rows])
        self.reply(404, {"error": "not found"})

    def do_POST(self):
        c, b = db(), self.body()
        if self.path == "/v1/networks":
            cidr = str(ipaddress.ip_network(b["cidr"]))
            c.execute("BEGIN IMMEDIATE")
            vni = (c.execute("SELECT MAX(vni) FROM networks").fetchone()[0] or 100000) + 1
            net = {"id": str(uuid.uuid4()), "name": b.get("name", ""), "cidr": cidr, "vni": vni}
            c.execute("INSERT INTO networks VALUES(:id, :name, :cidr, :vni)", net)
            c.execute("COMMIT")
            return self.reply(201, net)
        if self.path == "/v1/ports":
            c.execute("BEGIN IMMEDIATE")  # IP 할당과 이벤트 기록을 한 트랜잭션으로
            net = c.execute("SELECT id, cidr FROM networks WHERE id=?", (b["network_id"],)).fetchone()
            if not net:
                c.execute("ROLLBACK")
                return self.reply(404, {"error": "network not found"})
            used = {r[0] for r in c.execute("SELECT ip FROM ports WHERE network_id=?", (net[0],))}
            hosts = list(ipaddress.ip_network(net[1]).hosts())[1:]  # 첫 주소는 게이트웨이
            ip = next(str(h) for h in hosts if str(h) not in used)
            pid = str(uuid.uuid4())
            mac = "fa:16:3e:%02x:%02x:%02x" % tuple(os.urandom(3))
            c.execute("INSERT INTO ports VALUES(?,?,?,?,?,?,?)",
                      (pid, net[0], b["host"], ip, mac, "DOWN", 1))
            publish(c, "port", {"op": "upsert", "port_id": pid})
            c.execute("COMMIT")
            return self.reply(202, {"id": pid, "ip": ip, "mac": mac, "status": "DOWN"})
        self.reply(404, {"error": "not found"})

    def do_PUT(self):
        # PUT /v1/ports/<id>/status  {"status": "ACTIVE", "revision": n}  (에이전트 보고)
        c, b = db(), self.body()
        parts = self.path.strip("/").split("/")
        if len(parts) == 4 and parts[3] == "status":
            c.execute("UPDATE ports SET status=? WHERE id=? AND revision=?",
                      (b["status"], parts[2], b["revision"]))
            return self.reply(200, {"ok": True})
        self.reply(404, {"error": "not found"})

    def do_DELETE(self):
        c = db()
        parts = self.path.strip("/").split("/")
        if len(parts) == 3 and parts[1] == "ports":
            c.execute("BEGIN IMMEDIATE")
            row = c.execute("SELECT host FROM ports WHERE id=?", (parts[2],)).fetchone()
            if row:
                c.execute("DELETE FROM ports WHERE id=?", (parts[2],))
                publish(c, "port", {"op": "delete", "port_id": parts[2], "host": row[0]})
            c.execute("COMMIT")
            return self.reply(204 if row else 404, {})
        self.reply(404, {"error": "not found"})

    def log_message(self, *a):
        pass

# ---------------------------------------------------------------- controller
def controller():
    c = db()
    print("controller: started", flush=True)
    while True:
        for seq, topic, ev in consume(c, "controller", "port"):
            if ev["op"] == "upsert":
                r = c.execute("""SELECT p.host, p.id, p.ip, p.mac, n.vni, p.revision FROM ports p
                                 JOIN networks n ON n.id=p.network_id WHERE p.id=?""",
                              (ev["port_id"],)).fetchone()
                if r:  # 그 사이 지워졌으면 건너뜀
                    msg = dict(zip(("id", "ip", "mac", "vni", "revision"), r[1:]), op="upsert")
                    publish(c, "host." + r[0], msg)
                    print(f"controller: seq={seq} -> host.{r[0]} upsert {r[2]}", flush=True)
            else:
                publish(c, "host." + ev["host"], {"op": "delete", "id": ev["port_id"]})
                print(f"controller: seq={seq} -> host.{ev['host']} delete", flush=True)
            commit_offset(c, "controller", seq)  # 처리 후 오프셋 커밋 = at-least-once
        time.sleep(0.5)

# ---------------------------------------------------------------- agent
def http(method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(API + path, data=data, method=method,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=5) as r:
        return json.loads(r.read() or b"null")

def agent(host, resync_every=10.0):
    c, path = db(), f"dataplane-{host}.json"
    load = lambda: json.load(open(path)) if os.path.exists(path) else {}
    def save(flows):
        json.dump(flows, open(path + ".tmp", "w"), indent=1, sort_keys=True)
        os.replace(path + ".tmp", path)  # 원자적 교체
    def apply(msg, flows):
        if msg["op"] == "delete":
            flows.pop(msg["id"], None)
            return
        flows[msg["id"]] = {k: msg[k] for k in ("ip", "mac", "vni", "revision")}  # 멱등
        http("PUT", f"/v1/ports/{msg['id']}/status", {"status": "ACTIVE", "revision": msg["revision"]})
    last_resync = 0.0
    print(f"agent {host}: started", flush=True)
    while True:
        flows = load()
        if time.time() - last_resync > resync_every:
            # 재조정(reconciliation): 원하는 상태 전체와 실제 상태를 비교해 차이만 고친다
            desired = {p["id"]: p for p in http("GET", f"/v1/hosts/{host}/desired")}
            for pid in set(flows) - set(desired):
                print(f"agent {host}: resync remove {pid[:8]}", flush=True)
                flows.pop(pid)
            for pid, p in desired.items():
                want = {k: p[k] for k in ("ip", "mac", "vni", "revision")}
                if flows.get(pid) != want:
                    print(f"agent {host}: resync fix {pid[:8]} {p['ip']}", flush=True)
                    apply(dict(p, op="upsert"), flows)
            last_resync = time.time()
        for seq, topic, msg in consume(c, "agent." + host, "host." + host):
            apply(msg, flows)
            print(f"agent {host}: seq={seq} {msg['op']} {msg.get('ip', msg['id'][:8])}", flush=True)
            save(flows)
            commit_offset(c, "agent." + host, seq)
        save(flows)
        time.sleep(0.5)

if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "api":
        db()
        print(f"api: listening on 127.0.0.1:{PORT}", flush=True)
        ThreadingHTTPServer(("127.0.0.1", PORT), Api).serve_forever()
    elif cmd == "controller":
        controller()
    elif cmd == "agent":
        agent(sys.argv[2])
    else:
        print(__doc__)
