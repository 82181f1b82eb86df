# 네임스페이스 안에서 띄운 리스너만 골라 종료
sudo ip netns pids nfv-server | xargs -r sudo kill
sudo ip netns pids nfv-client | xargs -r sudo kill
sudo ip netns del nfv-client; sudo ip netns del nfv-fw; sudo ip netns del nfv-server
