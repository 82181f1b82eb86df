python -m grpc_tools.protoc -I proto --python_out=. --pyi_out=. --grpc_python_out=. \
  proto/netapi/v1/port.proto
find netapi -type f | sort
