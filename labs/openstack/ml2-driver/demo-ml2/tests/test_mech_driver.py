# tests/test_mech_driver.py
from unittest import mock

import pytest
from neutron_lib import constants
from neutron_lib import exceptions as n_exc
from neutron_lib.api.definitions import port as port_def
from neutron_lib.plugins.ml2 import api

from demo_ml2 import mech_driver


def _ctx(name, owner="compute:nova"):
    ctx = mock.Mock()
    ctx.current = {"id": "p1", "network_id": "n1",
                   "name": name, "device_owner": owner}
    ctx.network.network_segments = [{"network_type": "geneve"}]
    return ctx


def test_accepts_app_prefix():
    drv = mech_driver.DemoMechanismDriver()
    drv.initialize()
    drv.create_port_precommit(_ctx("app-web-1"))
    drv.create_port_postcommit(_ctx("app-web-1"))


def test_accepts_empty_name_and_router_ports():
    drv = mech_driver.DemoMechanismDriver()
    drv.create_port_precommit(_ctx(""))
    drv.create_port_precommit(_ctx("qr-x", owner=constants.DEVICE_OWNER_ROUTER_INTF))


def test_rejects_other_names():
    drv = mech_driver.DemoMechanismDriver()
    with pytest.raises(mech_driver.PortNameRequired) as exc:
        drv.create_port_precommit(_ctx("bad-port"))
    assert "bad-port" in str(exc.value)


# neutron-lib의 정의와 맞는지: 이 가정이 틀리면 Neutron 안에서 다르게 동작합니다.
def test_is_an_ml2_mechanism_driver():
    assert issubclass(mech_driver.DemoMechanismDriver, api.MechanismDriver)


def test_rejection_is_a_bad_request():
    # neutron-server는 BadRequest 계열 예외를 HTTP 400으로 바꿉니다 (일반 예외는 500).
    assert issubclass(mech_driver.PortNameRequired, n_exc.BadRequest)


def test_uses_port_attributes_that_the_api_defines():
    attrs = port_def.RESOURCE_ATTRIBUTE_MAP[port_def.COLLECTION_NAME]
    for name in ("id", "network_id", "name", "device_owner"):
        assert name in attrs
    assert constants.DEVICE_OWNER_ROUTER_INTF.startswith("network:")
