sudo ip netns exec nfv-hostA ping -c 1 -M 'do' -s 1422 192.168.100.2 | grep 'bytes from'  # 1450-byte IP packet
sudo ip netns exec nfv-hostA ping -c 1 -M 'do' -s 1423 192.168.100.2                     # 1451-byte IP packet
sudo ip -n nfv-hostA link set vxlan100 mtu 1500        # 1500 over a 1500 underlay: refused
