echo '{}' > dataplane-host-a.json     # host-a의 "흐름 테이블"을 지워 버림
sleep 11; tail -2 agent-a.log; cat dataplane-host-a.json; echo
