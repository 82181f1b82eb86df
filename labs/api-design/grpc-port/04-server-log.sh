cut -d' ' -f3- server.log     # 앞의 날짜와 시각을 빼고 출력
