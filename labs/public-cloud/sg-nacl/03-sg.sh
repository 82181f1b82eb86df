sudo ip netns exec pc-server nft -f sg.nft
# shellcheck disable=SC2024  # http.log is written by your own shell in the work folder, on purpose
sudo ip netns exec pc-server python3 -m http.server 8080 --bind 10.0.2.10 > http.log 2>&1 &
echo $! > http.pid
# Wait (at most 5 s) until the server listens.
for _ in $(seq 50); do
  sudo ip netns exec pc-server ss -Hltn 'sport = :8080' | grep -q 8080 && break
  sleep 0.1
done
sudo ip netns exec pc-server ss -Hltn 'sport = :8080'
