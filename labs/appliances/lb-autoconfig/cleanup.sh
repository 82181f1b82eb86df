[ -f haproxy.pid ] && kill -USR1 "$(cat haproxy.pid)"   # 마스터에 정상 종료 신호
for i in 1 2 3 4; do
  if [ -f "web$i.pid" ]; then kill "$(cat "web$i.pid")" 2>/dev/null; fi
done
rm -f haproxy.cfg haproxy.pid ./*.pid ./*.log
