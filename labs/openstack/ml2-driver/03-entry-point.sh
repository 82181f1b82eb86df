# 패키지를 작업 디렉터리의 site/ 에 설치하고 (의존성은 이미 설치된 neutron-lib을 씀)
python3 -m pip install -q --no-deps --no-build-isolation --no-index --target site ./demo-ml2
# ML2의 MechanismManager처럼 stevedore로 이름을 찾아 드라이버를 불러옵니다.
PYTHONPATH=site python3 - <<'PY'
from importlib.metadata import entry_points

from stevedore import named

print(sorted(e.name for e in entry_points(group="neutron.ml2.mechanism_drivers")))
mgr = named.NamedExtensionManager("neutron.ml2.mechanism_drivers", ["demo_logger"],
                                  invoke_on_load=True, name_order=True)
for ext in mgr:
    print(ext.name, "->", type(ext.obj).__module__ + "." + type(ext.obj).__name__)
PY
