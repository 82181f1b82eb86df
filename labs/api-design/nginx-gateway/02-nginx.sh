mkdir -p gw/logs
sudo nginx -t -c "$PWD/gw/nginx.conf" -p "$PWD/gw/"
sudo nginx -c "$PWD/gw/nginx.conf" -p "$PWD/gw/"
