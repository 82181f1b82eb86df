if [ -f http.pid ]; then kill "$(cat http.pid)" 2>/dev/null; fi
for ns in pc-client pc-router pc-server; do sudo ip netns del "$ns" 2>/dev/null; done
rm -f http.pid http.log
ip netns list | grep '^pc-' || echo "pc- namespaces: none left"
