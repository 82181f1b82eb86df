python reflection_list.py
