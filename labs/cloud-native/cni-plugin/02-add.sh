export CNI_PATH="$PWD/bin:/usr/lib/cni"
CNI_COMMAND=VERSION ./bin/mybridge < demo-net.conf

for p in cn-pod-a cn-pod-b; do
  CNI_COMMAND=ADD CNI_CONTAINERID="$p" CNI_NETNS="/var/run/netns/$p" CNI_IFNAME=eth0 \
    ./bin/mybridge < demo-net.conf
  echo "exit=$?"
done
