cd demo-ml2 && python3 -m pytest -q -p no:cacheprovider -W ignore::DeprecationWarning tests
