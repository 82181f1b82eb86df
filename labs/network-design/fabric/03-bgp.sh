sudo ./fabric.sh vtysh_on l1 "show bgp summary"
sudo ./fabric.sh vtysh_on l1 "show ip bgp"
sudo ip -n nd-l1 route show 10.129.0.64/26
