# 누군가 장비에서 규칙 하나를 손으로 지웠다고 가정합니다.
H=$(sudo ip netns exec app-fwsrv nft -a list chain inet tenant_fw input | grep allow-admin-ssh | sed 's/.*handle //')
sudo ip netns exec app-fwsrv nft delete rule inet tenant_fw input handle "$H"
sudo python3 fwctl.py verify
