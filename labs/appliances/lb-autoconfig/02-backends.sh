for i in 1 2 3; do
  python3 backend.py "web$i" "1900$i" > "web$i.log" 2>&1 &
  echo $! > "web$i.pid"
done
for i in 1 2 3; do    # 세 서버가 응답할 때까지 (최대 5초)
  timeout 5 sh -c "until curl -s http://127.0.0.1:1900$i/; do sleep 0.1; done"
done
