"""Shared fixtures: the site built once, served on 127.0.0.1, and a real Chromium.

In CI (CI=true) a missing browser is a failure, not a skip.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import chromium
import pytest

ROOT = Path(__file__).resolve().parent.parent
CHECKS = ROOT / "scripts" / "checks"

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
CHROMIUM = chromium.executable()
CHROMIUM_ARGS = chromium.ARGS


def mkdocs_env(site_url: str, **extra: str) -> dict[str, str]:
    return {**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1", **extra}


def build_site(project: Path, out: Path, site_url: str, **env: str) -> subprocess.CompletedProcess:
    """Run the real `mkdocs build --strict`, as CI and the deploy workflow do."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(out)],
        capture_output=True, text=True, env=mkdocs_env(site_url, **env), cwd=project, timeout=600,
    )


def fake_page(src_uri: str) -> SimpleNamespace:
    """The part of an MkDocs page a hook reads to name the file in a build error."""
    return SimpleNamespace(file=SimpleNamespace(src_uri=src_uri))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def project(tmp_path) -> Path:
    """A minimal copy of the project: the real config, hooks and theme overrides, empty content."""
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    for folder in ("scripts", "overrides", "data"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "docs").mkdir()
    (tmp_path / "quizzes").mkdir()
    (tmp_path / "labs").mkdir()  # mkdocs.yml watches it
    # The diagram hook reads the pinned mermaid version and renders with tools/.
    (tmp_path / "tools").mkdir()
    shutil.copy(ROOT / "tools" / "package.json", tmp_path / "tools" / "package.json")
    if (ROOT / "tools" / "node_modules").is_dir():
        (tmp_path / "tools" / "node_modules").symlink_to(ROOT / "tools" / "node_modules")
    return tmp_path


def drop_nav(project: Path) -> None:
    """A test project holds only its own pages: drop the real site's nav (the config's last section)."""
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").split("\nnav:\n")[0] + "\n", encoding="utf-8")


@pytest.fixture(scope="session")
def site_port() -> int:
    return _free_port()


@pytest.fixture(scope="session")
def base_url(site_port) -> str:
    return f"http://127.0.0.1:{site_port}/"


@pytest.fixture(scope="session")
def built_site(tmp_path_factory, base_url) -> Path:
    """The real site, built once for the session with site_url = the local server."""
    out = tmp_path_factory.mktemp("site")
    result = build_site(ROOT, out, base_url)
    if result.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}")
    return out


# GitHub Pages serves a project site under /<repository>/.
SUB_PATH = "/cloud-networking-study/"


@pytest.fixture(scope="session")
def served_site_under_sub_path(tmp_path_factory) -> str:
    """The real site built for and served under SUB_PATH, gzip and 404.html included, as Pages does."""
    from static_server import serve

    port = _free_port()
    url = f"http://127.0.0.1:{port}{SUB_PATH}"
    out = tmp_path_factory.mktemp("site-sub-path")
    result = build_site(ROOT, out, url)
    if result.returncode != 0:
        pytest.fail(f"mkdocs build --strict for {url} failed:\n{result.stdout}\n{result.stderr}")
    server = serve(out, base_path=SUB_PATH, port=port)
    assert server.url == url, (server.url, url)
    yield url
    server.stop()


@pytest.fixture(scope="session")
def served_site(built_site, site_port, base_url) -> str:
    """The real site at the server root, served like GitHub Pages (gzip, 404.html)."""
    from static_server import serve

    server = serve(built_site, port=site_port)
    yield base_url
    server.stop()


def require_chromium():
    """Skip without Chromium, except in CI, where a missing browser is a failure."""
    if not Path(CHROMIUM).exists():
        message = f"Chromium not found at {CHROMIUM} (apt-get install -y chromium fonts-nanum)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="session")
def browser():
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def context(browser):
    ctx = browser.new_context(locale="ko-KR")
    yield ctx
    ctx.close()
