# 이 디렉터리의 pgdata/에 PostgreSQL 15 클러스터 하나를 두고 127.0.0.1:5432로 쓰기 위한 설정 (source로 읽음)
export PATH="/usr/lib/postgresql/15/bin:$PATH"
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres PGDATABASE=ports
# initdb와 postgres는 root로 실행되지 않으므로, root 셸이라면 postgres 계정으로 바꿔 실행
pg_run() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
