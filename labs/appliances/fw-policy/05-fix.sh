diff -u --label policy.yaml --label policy-fixed.yaml policy.yaml policy-fixed.yaml
cp policy-fixed.yaml policy.yaml
sudo python3 fwctl.py plan
sudo python3 fwctl.py apply
sudo python3 fwctl.py verify
