C=(sudo ip netns exec app-fwcli)
"${C[@]}" curl -s -m 2 -o /dev/null -w "%{http_code}\n" http://192.168.77.2:8080/    # 허용 대역
"${C[@]}" curl -s -m 2 -o /dev/null -w "%{http_code}\n" http://192.168.77.2:2222/    # 관리자 주소
"${C[@]}" curl -s -m 2 --interface 192.168.77.200 -o /dev/null -w "%{http_code}\n" \
  http://192.168.77.2:8080/                                                           # 차단 대역
sudo python3 fwctl.py verify
sudo ip netns exec app-fwsrv nft list ruleset
