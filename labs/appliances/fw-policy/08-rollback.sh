sed -i 's/ports: \[2222\]/ports: [2222, 2223]/' policy.yaml
sudo python3 fwctl.py apply
sudo python3 fwctl.py rollback
sudo python3 fwctl.py verify
sudo python3 fwctl.py plan
ls state
