python port_client.py
