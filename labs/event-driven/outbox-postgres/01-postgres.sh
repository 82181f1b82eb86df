source ./pg-env.sh
if [ "$(id -u)" = 0 ]; then chmod o+x "$PWD"; install -d -o postgres pgdata; fi   # root일 때만
pg_run initdb -D "$PWD/pgdata" -U postgres --auth=trust > initdb.log
pg_run pg_ctl -D "$PWD/pgdata" -l "$PWD/pgdata/server.log" -w -t 30 \
  -o "-c listen_addresses=127.0.0.1 -c port=5432 -k $PWD/pgdata" start > /dev/null
createdb ports
psql -Atc 'SHOW server_version'
