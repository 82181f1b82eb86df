"""점대점 /31 주소 계획 검산: AZ n의 스파인-리프 링크 블록은 10.64.(4n).0/22."""
import ipaddress

SPINES = 4  # AZ마다 스파인 4대


def az_block(n):
    return ipaddress.ip_network(f"10.64.{4 * n}.0/22")


def link(n, leaf, spine):
    """링크 번호 i = (리프-1)*스파인 수 + (스파인-1), 주소 = 블록 시작 + 2i (스파인 쪽 짝수)."""
    i = (leaf - 1) * SPINES + (spine - 1)
    spine_side = az_block(n).network_address + 2 * i
    return ipaddress.ip_network(f"{spine_side}/31")


def owner(net):
    for n in range(4):
        if net.subnet_of(az_block(n)):
            return f"AZ{n} 블록 {az_block(n)}" if n else f"경계 블록 {az_block(0)}"
    return "블록 밖"


block = az_block(1)
links = block.num_addresses // 2
print(f"AZ1 블록 {block}: 주소 {block.num_addresses}개 = /31 링크 {links}개")
print(f"리프 1대당 링크 {SPINES}개 -> 리프 최대 {links // SPINES}대")
for leaf, spine in [(1, 1), (1, 2), (2, 1), (2, 2), (128, 4), (129, 1)]:
    net = link(1, leaf, spine)
    print(f"AZ1 leaf{leaf}-spine{spine}: {net}  ({owner(net)})")
