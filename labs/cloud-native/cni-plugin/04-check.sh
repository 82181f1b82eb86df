export CNI_PATH="$PWD/bin:/usr/lib/cni"
CNI_COMMAND=CHECK CNI_CONTAINERID=cn-pod-a CNI_NETNS=/var/run/netns/cn-pod-a CNI_IFNAME=eth0 \
  ./bin/mybridge < demo-net.conf; echo "exit=$?"
CNI_COMMAND=CHECK CNI_CONTAINERID=cn-pod-a CNI_NETNS=/var/run/netns/cn-pod-a CNI_IFNAME=eth9 \
  ./bin/mybridge < demo-net.conf; echo "exit=$?"
# 이미 연결한 파드에 같은 ADD를 한 번 더: 위임한 IPAM(host-local)이 먼저 거절하고, 플러그인은 그 오류를 그대로 전달한다
CNI_COMMAND=ADD CNI_CONTAINERID=cn-pod-a CNI_NETNS=/var/run/netns/cn-pod-a CNI_IFNAME=eth0 \
  ./bin/mybridge < demo-net.conf; echo "exit=$?"
