python skip_locked.py
