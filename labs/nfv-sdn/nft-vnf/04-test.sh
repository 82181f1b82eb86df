sudo ./test_vnf.sh
