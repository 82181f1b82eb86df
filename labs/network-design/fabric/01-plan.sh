python3 plan.py
