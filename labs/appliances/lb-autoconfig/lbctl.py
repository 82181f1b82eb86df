#!/usr/bin/env python3
"""lbctl: 레지스트리(JSON) -> haproxy.cfg 렌더링, 검증, 무중단 리로드, 런타임 API 반영"""
import json
import pathlib
import socket
import subprocess
import sys

RUN = pathlib.Path.cwd()                 # 작업 디렉터리: 설정 파일과 두 유닉스 소켓을 여기에 둔다
CFG, SOCK, MSOCK = RUN / "haproxy.cfg", RUN / "admin.sock", RUN / "master.sock"


def render(reg):
    h = reg["health"]
    lines = [
        "global",
        f"    stats socket {SOCK} mode 600 level admin",
        "defaults",
        "    mode http",
        "    timeout connect 2s",
        "    timeout client 30s",
        "    timeout server 30s",
        f"frontend fe_{reg['service']}",
        f"    bind {reg['vip']}",
        f"    default_backend be_{reg['service']}",
        f"backend be_{reg['service']}",
        f"    balance {reg['algorithm']}",
        f"    option httpchk GET {h['path']}",
        "    http-check expect status 200",
        f"    default-server check inter {h['inter']} rise {h['rise']} fall {h['fall']} slowstart {h['slowstart']}",
    ]
    for b in sorted(reg["backends"], key=lambda b: b["name"]):   # 정렬 -> 결정적 출력
        lines.append(f"    server {b['name']} {b['addr']} weight {b['weight']}")
    return "\n".join(lines) + "\n"


def runtime(cmd, sock=SOCK):
    """런타임 API: 유닉스 소켓에 명령 한 줄을 쓰고, HAProxy가 연결을 닫을 때까지 응답을 읽는다."""
    with socket.socket(socket.AF_UNIX) as s:
        s.connect(str(sock))
        s.sendall((cmd + "\n").encode())
        out = b""
        while chunk := s.recv(65536):
            out += chunk
    return out.decode()


def main():
    cmd = sys.argv[1]
    with open("registry.json", encoding="utf-8") as f:
        reg = json.load(f)
    if cmd == "render":
        new = render(reg)
        old = CFG.read_text(encoding="utf-8") if CFG.exists() else ""
        if new == old:
            print("no change")                    # 멱등: 같은 입력이면 아무것도 하지 않음
            return
        cand = RUN / "haproxy.cfg.new"
        cand.write_text(new, encoding="utf-8")
        chk = subprocess.run(["haproxy", "-c", "-f", str(cand)], capture_output=True, text=True, check=False)
        if chk.returncode != 0:
            sys.exit("config invalid:\n" + chk.stdout + chk.stderr)
        cand.replace(CFG)                         # 검증을 통과한 파일만 교체
        print("config valid, written")
        if MSOCK.exists():
            print(runtime("reload", MSOCK).strip() or "reload sent")
    elif cmd == "weights":                        # 리로드 없이 가중치만 반영
        for b in reg["backends"]:
            r = runtime(f"set server be_{reg['service']}/{b['name']} weight {b['weight']}")
            print(b["name"], r.strip() or "ok")
    elif cmd in ("drain", "ready", "maint"):
        print(runtime(f"set server be_{reg['service']}/{sys.argv[2]} state {cmd}").strip() or "ok")
    elif cmd == "status":                         # show stat CSV 에서 필요한 열만
        rows = runtime("show stat").splitlines()
        head = rows[0].lstrip("# ").split(",")
        out = []
        for row in rows[1:]:
            f = dict(zip(head, row.split(",")))
            if f.get("svname") not in (None, "FRONTEND", "BACKEND") and f["pxname"].startswith("be_"):
                out.append(f"{f['svname']:6} status={f['status']:12} weight={f['weight']:4} check={f['check_status']}")
        sys.stdout.write("".join(line + "\n" for line in out))   # 한 번에 쓴다: `| grep -q` 가 일찍 닫아도 안전
    else:
        print(runtime(" ".join(sys.argv[1:])))


if __name__ == "__main__":
    main()
