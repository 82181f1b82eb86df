# OVN 중앙 구성 요소(NB DB, SB DB, ovn-northd)를 이 디렉터리의 파일과 소켓으로 띄웁니다.
for db in nb sb; do
  ovsdb-tool create "$db.db" "/usr/share/ovn/ovn-$db.ovsschema"
  ovsdb-server "$db.db" --remote="punix:$PWD/$db.sock" --unixctl="$PWD/$db.ctl" \
    --pidfile="$PWD/$db.pid" --log-file="$PWD/$db.log" --detach --no-chdir
done
ovn-northd --ovnnb-db="unix:$PWD/nb.sock" --ovnsb-db="unix:$PWD/sb.sock" --unixctl="$PWD/northd.ctl" \
  --pidfile="$PWD/northd.pid" --log-file="$PWD/northd.log" --detach --no-chdir
export OVN_NB_DB="unix:$PWD/nb.sock" OVN_SB_DB="unix:$PWD/sb.sock"
ovn-nbctl init
ovn-nbctl --wait=sb --timeout=10 sync
ovn-appctl -t "$PWD/northd.ctl" status
