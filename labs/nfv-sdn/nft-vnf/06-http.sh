sudo ip netns exec nfv-client curl -s -o /dev/null -w '%{http_code}\n' http://10.2.0.2/
cat http.log          # the server's access log: who does it think the client is?
