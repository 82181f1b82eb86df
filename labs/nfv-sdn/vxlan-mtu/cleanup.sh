sudo ip netns del nfv-hostA
sudo ip netns del nfv-hostB
