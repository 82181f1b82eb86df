import sys, threading, uuid
import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc
from netapi.v1 import port_pb2, port_pb2_grpc

target = sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1:50051"
md = [("x-api-key", "key-tenant-a")]

with grpc.insecure_channel(target) as ch:
    hc = health_pb2_grpc.HealthStub(ch)
    print("health:", health_pb2.HealthCheckResponse.ServingStatus.Name(
        hc.Check(health_pb2.HealthCheckRequest(service="netapi.v1.PortService"), timeout=2).status))
    stub = port_pb2_grpc.PortServiceStub(ch)

    # 1) server streaming: 3초 데드라인으로 net-1 포트 이벤트를 구독
    events = stub.WatchPorts(port_pb2.WatchPortsRequest(network_id="net-1"), metadata=md, timeout=3)
    received = []
    def consume():
        try:
            for ev in events:
                received.append(f"event: {port_pb2.PortEvent.Type.Name(ev.type)} {ev.port.id[:8]} "
                                f"{port_pb2.PortStatus.Name(ev.port.status)}")
        except grpc.RpcError as e:
            received.append(f"watch ended: {e.code().name}")
    t = threading.Thread(target=consume); t.start()
    events.initial_metadata()    # 서버가 구독을 등록할 때까지 기다림 (이후 이벤트는 놓치지 않음)

    # 2) unary + 멱등 재시도: 같은 request_id로 두 번 호출
    rid = str(uuid.uuid4())
    p1 = stub.CreatePort(port_pb2.CreatePortRequest(network_id="net-1", request_id=rid), metadata=md, timeout=2)
    p2 = stub.CreatePort(port_pb2.CreatePortRequest(network_id="net-1", request_id=rid), metadata=md, timeout=2)
    print("same port on retry:", p1.id == p2.id)

    # 3) 오류 상태 코드
    for call in [lambda: stub.GetPort(port_pb2.GetPortRequest(id="nope"), metadata=md, timeout=2),   # NOT_FOUND
                 lambda: stub.GetPort(port_pb2.GetPortRequest(id=p1.id), timeout=2)]:                # 키 없음
        try:
            call()
        except grpc.RpcError as e:
            print("error:", e.code().name, "-", e.details())
    t.join()                     # 스트림이 데드라인으로 끝날 때까지 기다린 뒤 받은 순서대로 출력
    print("\n".join(received))
