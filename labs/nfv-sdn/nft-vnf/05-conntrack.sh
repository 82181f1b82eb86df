sudo ip netns exec nfv-fw conntrack -L -p tcp --dport 80
