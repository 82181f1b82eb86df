sudo python3 fwctl.py plan
sudo python3 fwctl.py apply
