sudo ip netns exec pc-client curl -s -o /dev/null -w '%{http_code}\n' --max-time 3 http://10.0.2.10:8080/; echo "exit=$?"
sudo ip netns exec pc-router nft list chain inet nacl forward
