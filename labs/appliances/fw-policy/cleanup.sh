for p in $(sudo ip netns pids app-fwsrv); do sudo kill "$p"; done   # 네임스페이스 안의 서버만 종료
sudo ip netns del app-fwsrv    # 네임스페이스와 그 안의 nftables 규칙셋이 함께 사라짐
sudo ip netns del app-fwcli    # veth 쌍도 함께 사라짐
rm -rf state
