python replay.py replay     # 읽기 모델은 replay.db (Kafka 컨슈머의 dns.db와 따로)
