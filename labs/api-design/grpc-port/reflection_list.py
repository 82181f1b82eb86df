"""grpcurl 대신 파이썬으로: 서버 리플렉션만으로 서비스 목록과 메시지 구조를 조회합니다."""
import grpc
from grpc_reflection.v1alpha.proto_reflection_descriptor_database import ProtoReflectionDescriptorDatabase
from google.protobuf.descriptor_pool import DescriptorPool

with grpc.insecure_channel("127.0.0.1:50051") as ch:
    db = ProtoReflectionDescriptorDatabase(ch)
    for name in db.get_services():
        print("service:", name)
    port = DescriptorPool(db).FindMessageTypeByName("netapi.v1.Port")
    for field in port.fields:
        print(f"  Port.{field.name} = {field.number}")
