source ./pg-env.sh
psql -c "SELECT id, ip, deleted, version FROM ports ORDER BY id"
psql -c "SELECT seq, aggregate_id, event_type, payload->>'version' AS version,
                published_at IS NULL AS unpublished FROM outbox ORDER BY seq"
