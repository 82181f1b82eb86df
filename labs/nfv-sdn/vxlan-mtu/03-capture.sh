# Capture 4 packets on the underlay (at most 5 s), in the background, into a file.
# shellcheck disable=SC2024  # the output files are the learner's; only tcpdump needs root
sudo ip netns exec nfv-hostB timeout 5 tcpdump -lni vethB -c 4 udp port 4789 > capture.txt 2> capture.err &
for _ in $(seq 50); do grep -q listening capture.err && break; sleep 0.1; done
sudo ip netns exec nfv-hostA ping -c 1 192.168.100.2 > /dev/null
wait
cat capture.txt
