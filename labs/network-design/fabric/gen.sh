#!/usr/bin/env bash
# FRR 설정 생성: IP/ASN 계획의 AZ1 일부 (spine 2대, leaf 2대)
set -euo pipefail
printf 'no zebra nexthop kernel enable\n' > zebra.conf

spine() {  # spine <이름> <루프백> <leaf 쪽 /31 주소들...>
  local name=$1 lo=$2; shift 2
  {
    echo "hostname $name"
    echo "router bgp 4200001000"            # AZ1 스파인 공통 ASN
    echo " bgp router-id $lo"
    echo " no bgp ebgp-requires-policy"      # 실습 편의. 운영에서는 route-map으로 정책을 건다
    echo " timers bgp 3 9"
    echo " neighbor LEAF peer-group"
    echo " neighbor LEAF remote-as external"
    echo " neighbor LEAF timers connect 5"
    for p in "$@"; do echo " neighbor $p peer-group LEAF"; done
    echo " address-family ipv4 unicast"
    echo "  network $lo/32"
    echo " exit-address-family"
  } > "$name.conf"
}

leaf() {   # leaf <이름> <ASN> <루프백> <랙 서브넷> <spine 쪽 /31 주소들...>
  local name=$1 asn=$2 lo=$3 rack=$4; shift 4
  {
    echo "hostname $name"
    echo "router bgp $asn"
    echo " bgp router-id $lo"
    echo " no bgp ebgp-requires-policy"
    echo " timers bgp 3 9"
    echo " neighbor SPINE peer-group"
    echo " neighbor SPINE remote-as 4200001000"
    echo " neighbor SPINE timers connect 5"
    for p in "$@"; do echo " neighbor $p peer-group SPINE"; done
    echo " address-family ipv4 unicast"
    echo "  network $lo/32"
    echo "  network $rack"
    echo "  maximum-paths 4"
    echo " exit-address-family"
  } > "$name.conf"
}

spine s1 10.0.1.1 10.64.4.1 10.64.4.9
spine s2 10.0.1.2 10.64.4.3 10.64.4.11
leaf  l1 4200001011 10.0.1.11 10.129.0.0/26  10.64.4.0 10.64.4.2
leaf  l2 4200001012 10.0.1.12 10.129.0.64/26 10.64.4.8 10.64.4.10
