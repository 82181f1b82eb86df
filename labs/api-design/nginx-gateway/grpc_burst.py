import collections, sys
import grpc
from netapi.v1 import port_pb2, port_pb2_grpc

key = sys.argv[1] if len(sys.argv) > 1 else ""
md = [("x-api-key", key)] if key else []
codes = collections.Counter()
with grpc.insecure_channel("127.0.0.1:8081") as ch:          # 게이트웨이 주소
    stub = port_pb2_grpc.PortServiceStub(ch)
    for _ in range(20):
        try:
            stub.GetPort(port_pb2.GetPortRequest(id="no-such-port"), metadata=md, timeout=2)
            codes["OK"] += 1
        except grpc.RpcError as e:
            codes[e.code().name] += 1
print(dict(codes))
