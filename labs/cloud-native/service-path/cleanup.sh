for pod in cn-client cn-web1 cn-web2 cn-web3; do sudo ip netns pids "$pod" | xargs -r sudo kill; done
for pod in cn-client cn-web1 cn-web2 cn-web3; do sudo ip netns del "$pod"; done
sudo iptables -F FORWARD
sudo iptables -t nat -F && sudo iptables -t nat -X
rm -rf www1 www2 www3 web1.log web2.log web3.log
