"""The external link checker, against a local HTTP server (no internet needed)."""

from __future__ import annotations

import http.server
import json
import threading
import time
from collections import Counter

import pytest
import requests

from check_external_links import Settings, check_url, load_allowlist, retry_after_seconds, run

FAST = Settings(timeout=1.0, retries=2, backoff=0.01, max_wait=0.5, concurrency=4)


class Handler(http.server.BaseHTTPRequestHandler):
    hits: Counter = Counter()

    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802 - http.server's naming
        Handler.hits[self.path] += 1
        count = Handler.hits[self.path]
        if self.path == "/ok":
            self._reply(200)
        elif self.path == "/missing":
            self._reply(404)
        elif self.path == "/flaky":  # 503 once, then fine
            self._reply(503 if count == 1 else 200)
        elif self.path == "/limited":  # 429 with Retry-After once, then fine
            if count == 1:
                self._reply(429, {"Retry-After": "0"})
            else:
                self._reply(200)
        elif self.path == "/down":
            self._reply(500)
        elif self.path == "/moved":
            self._reply(301, {"Location": "/ok"})
        elif self.path == "/slow":
            time.sleep(1.5)
            self._reply(200)
        else:
            self._reply(404)

    def _reply(self, status, headers=None):
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def reset_hits():
    Handler.hits.clear()


def check(url):
    waits = []
    with requests.Session() as session:
        result = check_url(url, FAST, session, sleep=waits.append)
    return result, waits


def test_ok(server):
    result, waits = check(server + "/ok")
    assert result.ok and result.status == 200 and waits == []


def test_404_is_broken_without_retry(server):
    result, waits = check(server + "/missing")
    assert not result.ok and result.detail == "HTTP 404" and waits == []
    assert Handler.hits["/missing"] == 1


def test_5xx_is_retried_with_exponential_backoff(server):
    result, waits = check(server + "/flaky")
    assert result.ok and Handler.hits["/flaky"] == 2 and waits == [0.01]
    result, waits = check(server + "/down")
    assert not result.ok and "HTTP 500 after 3 attempts" in result.detail
    assert waits == [0.01, 0.02]


def test_429_honours_retry_after(server):
    result, waits = check(server + "/limited")
    assert result.ok and waits == [0.0]


def test_retry_after_forms():
    assert retry_after_seconds("120") == 120.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # a date in the past
    assert retry_after_seconds("soon") is None


def test_redirect_is_followed_and_reported(server):
    result, _ = check(server + "/moved")
    assert result.ok and result.final_url == server + "/ok" and "redirected to" in result.detail


def test_timeout_is_retried_then_reported(server):
    result, waits = check(server + "/slow")
    assert not result.ok and "Timeout" in result.detail and len(waits) == 2


def test_run_uses_cache_allowlist_and_concurrency(server, tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    links = "".join(f'<a href="{server}{path}">x</a>' for path in ("/ok", "/missing", "/moved", "/flaky#frag"))
    (site / "index.html").write_text(links + f'<a href="{server}/down">allowed</a>', encoding="utf-8")
    allow_file = tmp_path / "allow.yml"
    allow_file.write_text(f"- url: {server}/down\n  reason: test server is always down\n", encoding="utf-8")
    cache = tmp_path / "cache.json"

    results, links_found, skipped = run(site, FAST, cache, load_allowlist(allow_file), max_age=3600)
    assert {r.url.rsplit("/", 1)[1]: r.ok for r in results} == {"ok": True, "missing": False, "moved": True, "flaky": True}
    assert skipped == 1 and Handler.hits["/down"] == 0
    assert set(json.loads(cache.read_text())) == {server + "/ok", server + "/moved", server + "/flaky"}

    Handler.hits.clear()
    results, _, skipped = run(site, FAST, cache, load_allowlist(allow_file), max_age=3600)
    assert [r.url for r in results] == [server + "/missing"]  # only the failure is fetched again
    assert skipped == 4 and Handler.hits["/ok"] == 0


def test_allowlist_entry_needs_a_reason(tmp_path):
    path = tmp_path / "allow.yml"
    path.write_text("- url: https://example.org/\n", encoding="utf-8")
    with pytest.raises(ValueError, match="entry 1 needs 'url' and a non-empty 'reason'"):
        load_allowlist(path)
