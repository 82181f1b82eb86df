sudo ip netns del hostA
sudo ip netns del hostB
