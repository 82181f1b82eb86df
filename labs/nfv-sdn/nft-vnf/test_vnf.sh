#!/usr/bin/env bash
pass=0; fail=0
check() {  # check <설명> <기대: ok|blocked> <명령...>
  local desc=$1 want=$2; shift 2
  if "$@" >/dev/null 2>&1; then got=ok; else got=blocked; fi
  if [ "$got" = "$want" ]; then echo "PASS  $desc ($got)"; pass=$((pass+1))
  else echo "FAIL  $desc (기대 $want, 실제 $got)"; fail=$((fail+1)); fi
}
check "client -> server ICMP"     ok      ip netns exec nfv-client ping -c 1 -W 1 10.2.0.2
check "client -> server TCP 80"   ok      ip netns exec nfv-client nc -z -w 2 10.2.0.2 80
check "client -> server TCP 22"   blocked ip netns exec nfv-client nc -z -w 2 10.2.0.2 22
check "server -> client TCP 8080" blocked ip netns exec nfv-server nc -z -w 2 10.1.0.2 8080
check "server -> client ICMP"     blocked ip netns exec nfv-server ping -c 1 -W 1 10.1.0.2
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
