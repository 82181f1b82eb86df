# shellcheck disable=SC2024  # the log files are the learner's; only the namespaces need root
sudo ip netns exec nfv-server python3 -m http.server 80 --bind 10.2.0.2 > http.log 2>&1 &
sudo ip netns exec nfv-server nc -lk -s 10.2.0.2 -p 22 > /dev/null 2>&1 &
sudo ip netns exec nfv-client nc -lk -s 10.1.0.2 -p 8080 > /dev/null 2>&1 &
# Wait (at most 5 s) until each listener accepts, asking from inside its own namespace.
for _ in $(seq 50); do
  sudo ip netns exec nfv-server nc -z 10.2.0.2 80 && sudo ip netns exec nfv-server nc -z 10.2.0.2 22 &&
    sudo ip netns exec nfv-client nc -z 10.1.0.2 8080 && break
  sleep 0.1
done
sudo ip netns exec nfv-server ss -Htln | awk '{print $4}' | sort
sudo ip netns exec nfv-client ss -Htln | awk '{print $4}'
