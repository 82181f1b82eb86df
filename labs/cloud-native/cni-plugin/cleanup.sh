export CNI_PATH="$PWD/bin:/usr/lib/cni"
CNI_COMMAND=DEL CNI_CONTAINERID=cn-pod-b CNI_NETNS=/var/run/netns/cn-pod-b CNI_IFNAME=eth0 \
  ./bin/mybridge < demo-net.conf
sudo ip netns del cn-pod-a; sudo ip netns del cn-pod-b
sudo ip link del cni-demo0
rm -rf bin ipam mybridge.log demo-net.conf
