python port_api.py create p1 t1 n1 10.0.1.11
python port_api.py create p2 t1 n1 10.0.1.12
python port_api.py create p3 t2 n2 10.0.2.13
python port_api.py update p1 10.0.1.21
python port_api.py delete p1
python port_api.py update p1 10.0.1.99      # 삭제된 포트: 실패하고 아무것도 남기지 않음
