export CNI_PATH="$PWD/bin:/usr/lib/cni"
for _ in 1 2; do
  CNI_COMMAND=DEL CNI_CONTAINERID=cn-pod-a CNI_NETNS=/var/run/netns/cn-pod-a CNI_IFNAME=eth0 \
    ./bin/mybridge < demo-net.conf; echo "del exit=$?"
done
ls ipam/demo-net/                                    # 10.99.0.2 예약이 사라짐
sudo ip netns exec cn-pod-a ip -br link              # 파드 쪽 eth0도 veth 쌍과 함께 사라짐
cat mybridge.log                                     # 런타임이 넘긴 값의 기록
