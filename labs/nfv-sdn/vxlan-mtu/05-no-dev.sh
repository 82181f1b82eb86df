for h in nfv-hostA nfv-hostB; do sudo ip -n "$h" link del vxlan100; done
sudo ip -n nfv-hostA link add vxlan100 type vxlan id 100 local 10.0.0.1 remote 10.0.0.2 dstport 4789
sudo ip -n nfv-hostB link add vxlan100 type vxlan id 100 local 10.0.0.2 remote 10.0.0.1 dstport 4789
sudo ip -n nfv-hostA addr add 192.168.100.1/24 dev vxlan100
sudo ip -n nfv-hostB addr add 192.168.100.2/24 dev vxlan100
sudo ip -n nfv-hostA link set vxlan100 up; sudo ip -n nfv-hostB link set vxlan100 up
sudo ip -n nfv-hostA link show vxlan100 | head -1
sudo ip -n nfv-hostA route get 192.168.100.2       # no path MTU cached yet
# Outer fragments (fragment offset != 0) and VXLAN packets, at most 6 packets or 5 s.
# shellcheck disable=SC2024  # the output files are the learner's; only tcpdump needs root
sudo ip netns exec nfv-hostB timeout 5 tcpdump -lni vethB -c 6 \
    'ip[6:2] & 0x1fff != 0 or udp port 4789' > frag.txt 2> frag.err &
for _ in $(seq 50); do grep -q listening frag.err && break; sleep 0.1; done
sudo ip netns exec nfv-hostA ping -c 1 -M 'do' -s 1472 192.168.100.2 2>&1 | grep -E 'bytes from|error|transmitted'
wait
cat frag.txt
