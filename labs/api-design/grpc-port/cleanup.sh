kill "$(cat server.pid)"      # 02단계에서 띄운 서버
rm -rf netapi server.log server.pid trace.log
