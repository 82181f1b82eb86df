import logging, queue, random, threading, time, uuid
from concurrent import futures

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from netapi.v1 import port_pb2, port_pb2_grpc

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
API_KEYS = {"key-tenant-a": "tenant-a", "key-tenant-b": "tenant-b"}


class AuthLoggingInterceptor(grpc.ServerInterceptor):
    """모든 RPC 앞에서 인증을 검사하고, 메서드 이름을 기록합니다."""

    def intercept_service(self, continuation, handler_call_details):
        method = handler_call_details.method
        md = dict(handler_call_details.invocation_metadata)
        if method.startswith("/grpc.health.v1.") or method.startswith("/grpc.reflection."):
            return continuation(handler_call_details)
        tenant = API_KEYS.get(md.get("x-api-key", ""))
        if tenant is None:
            logging.info("DENY %s", method)
            def deny(request, context):
                context.abort(grpc.StatusCode.UNAUTHENTICATED, "missing or bad x-api-key")
            handler = continuation(handler_call_details)
            if handler and handler.response_streaming:
                return grpc.unary_stream_rpc_method_handler(deny)
            return grpc.unary_unary_rpc_method_handler(deny)
        logging.info("CALL %s tenant=%s", method, tenant)
        return continuation(handler_call_details)


class PortService(port_pb2_grpc.PortServiceServicer):
    def __init__(self):
        self.ports, self.by_request = {}, {}
        self.lock = threading.Lock()
        self.watchers = []          # 각 Watch 스트림의 Queue

    def _publish(self, ev_type, port):
        ev = port_pb2.PortEvent(type=ev_type, port=port)
        for q in list(self.watchers):
            q.put(ev)

    def CreatePort(self, request, context):
        if not request.network_id:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, "network_id is required")
        with self.lock:
            if request.request_id and request.request_id in self.by_request:
                return self.ports[self.by_request[request.request_id]]   # 재시도: 같은 결과
            port = port_pb2.Port(id=str(uuid.uuid4()), network_id=request.network_id,
                                 mac_address="fa:16:3e:%02x:%02x:%02x" % tuple(random.randbytes(3)),
                                 status=port_pb2.PORT_STATUS_BUILD)
            port.updated_at.GetCurrentTime()
            self.ports[port.id] = port
            if request.request_id:
                self.by_request[request.request_id] = port.id
        self._publish(port_pb2.PortEvent.TYPE_CREATED, port)
        threading.Timer(1.0, self._activate, args=(port.id,)).start()  # 바인딩 완료 흉내
        return port

    def _activate(self, port_id):
        with self.lock:
            port = self.ports[port_id]
            port.status = port_pb2.PORT_STATUS_ACTIVE
            port.updated_at.GetCurrentTime()
        self._publish(port_pb2.PortEvent.TYPE_UPDATED, port)

    def GetPort(self, request, context):
        port = self.ports.get(request.id)
        if port is None:
            context.abort(grpc.StatusCode.NOT_FOUND, f"port {request.id} not found")
        return port

    def WatchPorts(self, request, context):
        q = queue.Queue()
        self.watchers.append(q)
        context.add_callback(lambda: logging.info("watch stream closed"))
        context.send_initial_metadata(())   # 구독 등록 완료를 클라이언트에 알림
        try:
            while context.is_active():          # 클라이언트 취소·데드라인이면 False
                try:
                    ev = q.get(timeout=0.5)
                except queue.Empty:
                    continue
                if not request.network_id or ev.port.network_id == request.network_id:
                    yield ev
        finally:
            self.watchers.remove(q)


def serve():
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=16),
                         interceptors=[AuthLoggingInterceptor()],
                         options=[("grpc.keepalive_time_ms", 60000),
                                  ("grpc.keepalive_permit_without_calls", 1),
                                  ("grpc.http2.min_ping_interval_without_data_ms", 30000)])
    port_pb2_grpc.add_PortServiceServicer_to_server(PortService(), server)
    health_servicer = health.HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    health_servicer.set("netapi.v1.PortService", health_pb2.HealthCheckResponse.SERVING)
    reflection.enable_server_reflection(
        (port_pb2.DESCRIPTOR.services_by_name["PortService"].full_name,
         health_pb2.DESCRIPTOR.services_by_name["Health"].full_name,
         reflection.SERVICE_NAME), server)
    server.add_insecure_port("127.0.0.1:50051")
    server.start()
    logging.info("PortService listening on 127.0.0.1:50051")
    server.wait_for_termination()


if __name__ == "__main__":
    serve()
