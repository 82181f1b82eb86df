sudo ip netns exec cn-pod-a ping -c 2 10.99.0.3     # cn-pod-a → cn-pod-b (브리지 경유)
ping -c 1 10.99.0.2                                  # 호스트 → cn-pod-a (브리지의 게이트웨이 IP 경유)
ip -br link | grep -E 'cni-demo0|veth'
ls ipam/demo-net/                                    # host-local 예약 파일
cat ipam/demo-net/10.99.0.2; echo                    # 예약의 주인: 컨테이너 ID와 인터페이스
sudo ip netns exec cn-pod-a ip route
