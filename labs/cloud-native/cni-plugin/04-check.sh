export CNI_PATH="$PWD/bin:/usr/lib/cni"
CNI_COMMAND=CHECK CNI_CONTAINERID=cn-pod-a CNI_NETNS=/var/run/netns/cn-pod-a CNI_IFNAME=eth0 \
  ./bin/mybridge < demo-net.conf; echo "exit=$?"
CNI_COMMAND=CHECK CNI_CONTAINERID=cn-pod-a CNI_NETNS=/var/run/netns/cn-pod-a CNI_IFNAME=eth9 \
  ./bin/mybridge < demo-net.conf; echo "exit=$?"
