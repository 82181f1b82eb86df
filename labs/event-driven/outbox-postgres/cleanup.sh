source ./pg-env.sh
pg_run pg_ctl -D "$PWD/pgdata" -m fast stop > /dev/null
rm -rf pgdata initdb.log replay.db
