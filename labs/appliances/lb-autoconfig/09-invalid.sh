sed -i 's/"algorithm": "roundrobin"/"algorithm": "fastest"/' registry.json
python3 lbctl.py render; echo "exit=$?"
python3 lbctl.py status | grep -c 'status=UP '     # 실행 중인 HAProxy는 그대로
grep -c '^    server ' haproxy.cfg                    # 기존 설정 파일도 그대로
sed -i 's/"algorithm": "fastest"/"algorithm": "roundrobin"/' registry.json
python3 lbctl.py render
