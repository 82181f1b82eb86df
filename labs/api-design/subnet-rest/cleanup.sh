kill "$(cat server.pid)"      # 01단계에서 띄운 uvicorn
rm -f server.log server.pid sid.txt
