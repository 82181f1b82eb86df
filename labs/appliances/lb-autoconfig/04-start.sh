python3 lbctl.py render          # 처음: 검증 후 파일 생성
python3 lbctl.py render          # 두 번째: 변경 없음 (멱등성 확인)
haproxy -W -S "$PWD/master.sock" -f "$PWD/haproxy.cfg" -D -p "$PWD/haproxy.pid"
for _ in $(seq 50); do           # 세 서버의 첫 헬스 체크가 모두 통과할 때까지 (최대 10초)
  [ "$(python3 lbctl.py status | grep -c 'check=L7OK')" = 3 ] && break
  sleep 0.2
done
python3 lbctl.py status
for _ in 1 2 3 4 5 6; do curl -s http://127.0.0.1:18080/; done
