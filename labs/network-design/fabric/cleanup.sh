sudo ./fabric.sh down
ip netns list | grep nd- || echo "정리 완료"
