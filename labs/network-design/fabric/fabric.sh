#!/usr/bin/env bash
# 실습 1: 2-spine / 2-leaf 패브릭 (AZ1 일부) - network namespace + FRR(zebra, bgpd)
set -euo pipefail
P=nd-   # 네임스페이스 이름 접두사 (다른 실습과 충돌 방지)
NODES="s1 s2 l1 l2 h1 h2"
RUN="$PWD/run"   # 데몬의 pid 파일, vty 소켓, zebra API 소켓, 로그 (/etc와 /var/run은 건드리지 않음)

up() {
  for n in $NODES; do
    ip netns add "$P$n"
    ip -n "$P$n" link set lo up
    ip netns exec "$P$n" sysctl -qw net.ipv6.conf.all.disable_ipv6=1   # IPv4 패브릭만
  done
  # 라우터 노드는 포워딩을 켭니다.
  for n in s1 s2 l1 l2; do
    ip netns exec "$P$n" sysctl -qw net.ipv4.ip_forward=1
    ip netns exec "$P$n" sysctl -qw net.ipv4.fib_multipath_hash_policy=1   # L4 해시(5-tuple)
  done
  # link <nsA> <ifA> <ipA/31> <nsB> <ifB> <ipB/31>
  link() {
    ip link add "$2" netns "$P$1" type veth peer name "$5" netns "$P$4"
    ip -n "$P$1" addr add "$3" dev "$2"; ip -n "$P$1" link set "$2" up
    ip -n "$P$4" addr add "$6" dev "$5"; ip -n "$P$4" link set "$5" up
  }
  # p2p /31 (RFC 3021): spine이 짝수, leaf가 홀수 주소
  link s1 swp1 10.64.4.0/31 l1 swp51 10.64.4.1/31
  link s2 swp1 10.64.4.2/31 l1 swp52 10.64.4.3/31
  link s1 swp2 10.64.4.8/31 l2 swp51 10.64.4.9/31
  link s2 swp2 10.64.4.10/31 l2 swp52 10.64.4.11/31
  # 랙 서브넷(하이퍼바이저 언더레이): leaf가 게이트웨이
  link l1 swp10 10.129.0.1/26  h1 eth0 10.129.0.10/26
  link l2 swp10 10.129.0.65/26 h2 eth0 10.129.0.74/26
  ip -n ${P}h1 route add default via 10.129.0.1
  ip -n ${P}h2 route add default via 10.129.0.65
  # 루프백 (라우터 ID, BGP로 광고하는 /32)
  ip -n ${P}s1 addr add 10.0.1.1/32 dev lo
  ip -n ${P}s2 addr add 10.0.1.2/32 dev lo
  ip -n ${P}l1 addr add 10.0.1.11/32 dev lo
  ip -n ${P}l2 addr add 10.0.1.12/32 dev lo
}

frr_start() {
  for n in s1 s2 l1 l2; do
    mkdir -p "$RUN/$n"
    # -u root -g frrvty: 상태 폴더가 작업 폴더 안에 있으므로 frr 사용자로 권한을 낮추지 않습니다(vty 그룹은 frrvty).
    opts=(-d -u root -g frrvty --vty_socket "$RUN/$n" -z "$RUN/$n/zserv.api")
    ip netns exec "$P$n" /usr/lib/frr/zebra "${opts[@]}" -i "$RUN/$n/zebra.pid" \
      -f "$PWD/zebra.conf" --log "file:$RUN/$n/zebra.log" 2>> "$RUN/$n/start.log"
    ip netns exec "$P$n" /usr/lib/frr/bgpd "${opts[@]}" -i "$RUN/$n/bgpd.pid" \
      -f "$PWD/$n.conf" --log "file:$RUN/$n/bgpd.log" 2>> "$RUN/$n/start.log"
  done
}

vtysh_on() {  # vtysh_on <노드> <명령...>: 그 노드의 데몬에 vtysh로 명령을 보냅니다.
  local n=$1; shift
  local args=()
  for c in "$@"; do args+=(-c "$c"); done
  ip netns exec "$P$n" vtysh --vty_socket "$RUN/$n" "${args[@]}"
}

overlay() {
  # 테넌트 오버레이: h1, h2(하이퍼바이저 역할)를 VTEP으로 VNI 100001 터널을 만든다
  ip -n ${P}h1 link add vx100001 type vxlan id 100001 dstport 4789 local 10.129.0.10 remote 10.129.0.74
  ip -n ${P}h2 link add vx100001 type vxlan id 100001 dstport 4789 local 10.129.0.74 remote 10.129.0.10
  ip -n ${P}h1 addr add 192.168.10.1/24 dev vx100001
  ip -n ${P}h2 addr add 192.168.10.2/24 dev vx100001
  ip -n ${P}h1 link set vx100001 mtu 1450 up
  ip -n ${P}h2 link set vx100001 mtu 1450 up
}

frr_stop() {
  for n in s1 s2 l1 l2; do
    for d in bgpd zebra; do
      f="$RUN/$n/$d.pid"
      if [ -f "$f" ]; then kill "$(cat "$f")" 2>/dev/null || true; fi
    done
  done
}

down() {
  frr_stop
  for n in $NODES; do ip netns del "$P$n" 2>/dev/null || true; done
  rm -rf "$RUN"
}

"$@"
