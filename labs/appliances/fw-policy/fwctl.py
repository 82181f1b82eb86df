#!/usr/bin/env python3
"""fwctl: YAML 정책 -> nftables 규칙셋 (plan / apply / verify / rollback)"""
import difflib
import ipaddress
import json
import pathlib
import subprocess
import sys

import yaml

STATE = pathlib.Path("state")          # 적용한 규칙셋과 그 스냅숏을 보관 (감사 기록)
NETNS = ["ip", "netns", "exec", "app-fwsrv"]


def load(path):
    with open(path, encoding="utf-8") as f:
        pol = yaml.safe_load(f)
    objs = {k: [ipaddress.ip_network(v) for v in vs] for k, vs in pol["objects"].items()}

    def resolve(ref):                    # 객체 이름 또는 CIDR 목록
        return objs[ref] if isinstance(ref, str) else [ipaddress.ip_network(v) for v in ref]
    for r in pol["rules"]:
        r["_src"], r["_dst"] = resolve(r["src"]), resolve(r["dst"])
    return pol


def covers(outer, inner):                # outer 주소 집합이 inner 를 모두 포함하는가
    return all(any(i.subnet_of(o) for o in outer) for i in inner)


def analyze(rules):
    findings = []
    for j, b in enumerate(rules):
        for a in rules[:j]:
            if (covers(a["_src"], b["_src"]) and covers(a["_dst"], b["_dst"])
                    and a["proto"] == b["proto"] and set(b["ports"]) <= set(a["ports"])):
                kind = "REDUNDANT" if a["action"] == b["action"] else "SHADOWED"
                findings.append(f"{kind}: '{b['name']}' 는 앞선 '{a['name']}' 에 완전히 가려집니다")
                break
    return findings


def addrs(nets):
    if any(n.prefixlen == 0 for n in nets):
        return None                      # any -> 매치 조건 생략
    return "{ " + ", ".join(str(n) for n in nets) + " }"


def render(pol):
    t = pol["table"]
    out = [f"table inet {t}", f"delete table inet {t}", f"table inet {t} {{",
           "  chain input {",
           f"    type filter hook input priority filter; policy {pol['default_action']};",
           "    ct state established,related accept",
           "    ct state invalid drop",
           '    iif "lo" accept']
    for r in pol["rules"]:
        m = []
        if s := addrs(r["_src"]):
            m.append(f"ip saddr {s}")
        if d := addrs(r["_dst"]):
            m.append(f"ip daddr {d}")
        ports = ", ".join(str(p) for p in r["ports"])
        m.append(f"{r['proto']} dport {{ {ports} }}")
        out.append(f'    {" ".join(m)} counter {r["action"]} comment "{r["name"]}"')
    out += ["  }", "}"]
    return "\n".join(out) + "\n"


def nft(args):
    return subprocess.run(NETNS + ["nft"] + args, text=True, capture_output=True, check=False)


def live_rules(table):
    """장비에 실제로 있는 규칙: (comment, 카운터를 뺀 매치/동작) 목록."""
    r = nft(["-j", "list", "table", "inet", table])
    if r.returncode != 0:
        return None
    rules = []
    for item in json.loads(r.stdout)["nftables"]:
        if "rule" in item and item["rule"].get("comment"):
            expr = [e for e in item["rule"]["expr"] if "counter" not in e]
            rules.append([item["rule"]["comment"], json.dumps(expr, sort_keys=True)])
    return rules


def counters(table):
    r = nft(["-j", "list", "table", "inet", table])
    for item in json.loads(r.stdout)["nftables"]:
        if "rule" in item and item["rule"].get("comment"):
            cnt = next(e["counter"] for e in item["rule"]["expr"] if "counter" in e)
            print(f'{item["rule"]["comment"]:20} packets={cnt["packets"]}')


def install(text, table):
    """nft -f 로 파일 전체를 한 트랜잭션에 적용하고, 커널이 받아들인 규칙을 스냅숏으로 남긴다."""
    tmp = STATE / "candidate.nft"
    tmp.write_text(text, encoding="utf-8")
    r = nft(["-f", str(tmp)])
    if r.returncode != 0:
        sys.exit("적용 실패:\n" + r.stderr)
    (STATE / "applied.nft").write_text(text, encoding="utf-8")
    (STATE / "applied.json").write_text(json.dumps(live_rules(table), indent=1), encoding="utf-8")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    cmd, path = args[0], args[1] if len(args) > 1 else "policy.yaml"
    STATE.mkdir(exist_ok=True)
    cur = STATE / "applied.nft"
    pol = load(path)
    if cmd == "rollback":               # 직전에 적용했던 규칙셋으로 되돌린다
        prev = (STATE / "previous.nft").read_text(encoding="utf-8")
        install(prev, pol["table"])
        print("rollback ok")
        return
    findings = analyze(pol["rules"])
    for f in findings:
        print(f)
    cand = render(pol)
    if cmd == "plan":
        old = cur.read_text(encoding="utf-8") if cur.exists() else ""
        sys.stdout.writelines(difflib.unified_diff(old.splitlines(True), cand.splitlines(True),
                                                   "applied", "candidate"))
        return
    if cmd == "apply":
        if any(f.startswith("SHADOWED") for f in findings) and "--force" not in sys.argv:
            sys.exit("가려진 규칙이 있어 적용을 중단합니다 (--force 로 무시)")
        (STATE / "check.nft").write_text(cand, encoding="utf-8")
        chk = nft(["-c", "-f", str(STATE / "check.nft")])   # 커널에 반영하지 않고 검사만
        if chk.returncode != 0:
            sys.exit("검증 실패:\n" + chk.stderr)
        if cur.exists():
            (STATE / "previous.nft").write_text(cur.read_text(encoding="utf-8"), encoding="utf-8")
        install(cand, pol["table"])
        print("applied", len(pol["rules"]), "rules")
        return
    if cmd == "verify":                 # 드리프트 검사: 마지막으로 적용한 규칙과 장비의 규칙을 비교
        want = json.loads((STATE / "applied.json").read_text(encoding="utf-8"))
        live = live_rules(pol["table"]) or []
        if live == want:
            print("in-sync")
        else:
            names = lambda rules: [n for n, _ in rules]
            missing = [n for n, e in want if [n, e] not in live]
            extra = [n for n, e in live if [n, e] not in want]
            print(f"DRIFT missing={missing} extra={extra} live={names(live)}")
        counters(pol["table"])


if __name__ == "__main__":
    main()
