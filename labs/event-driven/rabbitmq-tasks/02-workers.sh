WORK_SECONDS=1 python worker.py w1 > w1.log 2>&1 &
echo $! > w1.pid
timeout 10 bash -c 'until grep -qs waiting w1.log; do sleep 0.1; done'   # w1이 먼저 구독
WORK_SECONDS=1 python worker.py w2 > w2.log 2>&1 &
echo $! > w2.pid
timeout 10 bash -c 'until grep -qs waiting w2.log; do sleep 0.1; done'
python publisher.py 6
# w1이 첫 작업을 받고 "done"을 찍기 전에 강제 종료 (터미널이라면 Ctrl+C)
timeout 10 bash -c 'until grep -qs got w1.log; do sleep 0.05; done'
kill -9 "$(cat w1.pid)"
wait "$(cat w1.pid)" 2> /dev/null     # 셸의 "Killed" 알림은 숨김
# w2가 남은 작업 6개를 끝내고 poison을 네 번 받을 때까지 최대 40초
for _ in $(seq 80); do
  [ "$(grep -c 'done' w2.log)" -ge 6 ] && [ "$(grep -c poison w2.log)" -ge 4 ] && break
  sleep 0.5
done
sleep 1
cat w1.log
grep -E 'bind-port-0|poison' w2.log
