sudo ip netns exec nfv-fw nft -f vnf.nft
sudo ip netns exec nfv-fw nft list tables
