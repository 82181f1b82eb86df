"""keepalive 설정이 어긋날 때 무슨 일이 생기는지 몇 초 만에 보여 줍니다 (시간은 실제 설정의 1/30로 줄임).

사용법: python keepalive_demo.py <서버 설정> <클라이언트 설정>
  서버:       typo  = 이 페이지의 예전 설정: 존재하지 않는 채널 인자라 조용히 무시됨
              match = keepalive_permit_without_calls=1, 데이터 없는 PING 최소 간격 500 ms
  클라이언트: unlimited = 1초마다 PING, 호출이 없어도, 개수 제한 없이 (max_pings_without_data=0)
              default   = 1초마다 PING, 호출이 없어도, 개수 제한은 기본값(2)
"""
import sys
import time
from concurrent import futures

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc

SERVER = {
    "typo": [("grpc.http2.min_recv_ping_interval_without_data_ms", 500)],
    "match": [("grpc.keepalive_permit_without_calls", 1),
              ("grpc.http2.min_ping_interval_without_data_ms", 500)],
}
CLIENT = {
    "unlimited": [("grpc.keepalive_time_ms", 1000), ("grpc.keepalive_permit_without_calls", 1),
                  ("grpc.http2.max_pings_without_data", 0)],
    "default": [("grpc.keepalive_time_ms", 1000), ("grpc.keepalive_permit_without_calls", 1)],
}

server = grpc.server(futures.ThreadPoolExecutor(max_workers=2), options=SERVER[sys.argv[1]])
health_pb2_grpc.add_HealthServicer_to_server(health.HealthServicer(), server)
port = server.add_insecure_port("127.0.0.1:0")
server.start()

start = time.monotonic()
with grpc.insecure_channel(f"127.0.0.1:{port}", options=CLIENT[sys.argv[2]]) as ch:
    seen = []                   # 연결이 READY가 된 뒤의 상태 변화만 출력
    def on_state(state):
        if state == grpc.ChannelConnectivity.READY or seen:
            seen.append(state)
            print(f"[{time.monotonic() - start:.0f} s] channel {state.name}", flush=True)
    ch.subscribe(on_state)
    health_pb2_grpc.HealthStub(ch).Check(health_pb2.HealthCheckRequest(), timeout=2)  # 호출 한 번
    time.sleep(4.5)                                                                    # 그 뒤로는 쉼
server.stop(None)
