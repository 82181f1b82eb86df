sudo ip netns exec nfv-fw nft list chain inet vnf forward
sudo ip netns exec nfv-fw nft list chain ip vnf_nat postrouting
