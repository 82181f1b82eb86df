for f in api ctl agent-a agent-b; do if [ -f $f.pid ]; then kill "$(cat $f.pid)"; fi; done
rm -f minivpc.db minivpc.db-wal minivpc.db-shm dataplane-*.json ./*.log ./*.pid
