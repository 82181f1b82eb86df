sudo ip netns exec pc-server curl -sS --max-time 2 http://10.0.1.10:9999/; echo "exit=$?"
