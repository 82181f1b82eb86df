sudo ip netns exec pc-router nft -f nacl-v2.nft
sudo ip netns exec pc-client curl -s -o /dev/null -w '%{http_code}\n' --max-time 3 http://10.0.2.10:8080/
sudo ip netns exec pc-client sysctl net.ipv4.ip_local_port_range
sudo ip netns exec pc-server conntrack -L -p tcp --dport 8080 --status ASSURED
