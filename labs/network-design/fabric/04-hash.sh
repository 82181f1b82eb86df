# 목적지 포트 443, 출발지 포트 40000~40031인 TCP 흐름 32개가 각각 어느 스파인으로 가는지
for sp in $(seq 40000 40031); do
  sudo ip -n nd-l1 route get 10.129.0.74 ipproto tcp sport "$sp" dport 443 | head -1
done | awk '{print $2, $3, $4, $5}' | sort | uniq -c
