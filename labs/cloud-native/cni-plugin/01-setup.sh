# 플러그인을 CNI_PATH로 쓸 디렉터리에 두고, 네트워크 설정을 만든다.
mkdir -p bin && install -m 0755 mybridge bin/mybridge
# 상태 파일(IPAM 예약, 플러그인 로그)은 작업 디렉터리에 둔다: $PWD가 펼쳐지도록 EOF에 따옴표가 없다.
cat > demo-net.conf <<EOF
{
  "cniVersion": "1.0.0",
  "name": "demo-net",
  "type": "mybridge",
  "bridge": "cni-demo0",
  "log": "$PWD/mybridge.log",
  "ipam": {
    "type": "host-local",
    "ranges": [[{ "subnet": "10.99.0.0/24", "gateway": "10.99.0.1" }]],
    "dataDir": "$PWD/ipam"
  }
}
EOF
# 런타임이 파드마다 만드는 네트워크 네임스페이스
sudo ip netns add cn-pod-a
sudo ip netns add cn-pod-b
