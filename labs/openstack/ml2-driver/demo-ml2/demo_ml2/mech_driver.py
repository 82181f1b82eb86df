# demo_ml2/mech_driver.py
from neutron_lib import exceptions as n_exc
from neutron_lib.plugins.ml2 import api
from oslo_log import log as logging

LOG = logging.getLogger(__name__)


class PortNameRequired(n_exc.InvalidInput):
    message = "포트 이름은 'app-' 으로 시작해야 합니다: %(name)s"


class DemoMechanismDriver(api.MechanismDriver):
    """포트 생성을 기록하고 이름 규칙을 검증하는 예제 드라이버."""

    def initialize(self):
        LOG.info("demo mechanism driver initialized")

    def create_port_precommit(self, context):
        port = context.current
        # 라우터, DHCP 같은 네트워크 서비스 포트는 검사하지 않는다
        if port["device_owner"].startswith("network:"):
            return
        name = port.get("name") or ""
        if name and not name.startswith("app-"):
            LOG.warning("demo: reject port name %s", name)
            raise PortNameRequired(name=name)

    def create_port_postcommit(self, context):
        port = context.current
        LOG.info("demo: port %(id)s created on network %(net)s "
                 "(segment types: %(types)s)",
                 {"id": port["id"], "net": port["network_id"],
                  "types": [s["network_type"]
                            for s in context.network.network_segments]})
