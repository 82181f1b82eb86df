rm -rf site demo-ml2/build demo-ml2/demo_ml2.egg-info
