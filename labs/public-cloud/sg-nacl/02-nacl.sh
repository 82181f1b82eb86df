sudo ip netns exec pc-router nft -f nacl-v1.nft
