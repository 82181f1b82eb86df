source ./pg-env.sh
psql -q -v ON_ERROR_STOP=1 -f schema.sql && psql -c '\dt'
