"""Unit tests of the Lighthouse budget logic and of the static server it measures through."""

from __future__ import annotations

import gzip
import http.client

import pytest

import lighthouse_budget as lb
import static_server


def lhr(perf=1.0, a11y=1.0, bp=1.0, seo=1.0, audits=None, refs=None, runtime_error=None) -> dict:
    """A minimal Lighthouse result: four categories and their audits."""
    refs = refs or {}
    result = {
        "categories": {
            "performance": {"score": perf, "auditRefs": refs.get("performance", [])},
            "accessibility": {"score": a11y, "auditRefs": refs.get("accessibility", [])},
            "best-practices": {"score": bp, "auditRefs": refs.get("best-practices", [])},
            "seo": {"score": seo, "auditRefs": refs.get("seo", [])},
        },
        "audits": audits or {},
    }
    if runtime_error:
        result["runtimeError"] = runtime_error
    return result


def audit(id_, score, mode="binary", display="", nodes=()):
    return {"id": id_, "title": f"title of {id_}", "score": score, "scoreDisplayMode": mode,
            "displayValue": display, "details": {"items": [{"node": {"selector": n}} for n in nodes]}}


@pytest.mark.parametrize(("score", "expected"), [(0.945, 95), (0.944, 94), (1, 100), (0, 0), (0.855, 86), (None, None)])
def test_to_percent_rounds_like_the_report(score, expected):
    assert lb.to_percent(score) == expected


def test_category_scores():
    assert lb.category_scores(lhr(perf=0.42, a11y=0.86)) == {
        "performance": 42, "accessibility": 86, "best-practices": 100, "seo": 100}


def test_performance_is_the_median_run_and_other_categories_the_worst():
    runs = [lhr(perf=0.90, a11y=1.0), lhr(perf=0.97, a11y=0.9), lhr(perf=0.96, a11y=1.0)]
    result = lb.combine("home", "http://x/", runs)
    assert result.scores == {"performance": 96, "accessibility": 90, "best-practices": 100, "seo": 100}
    assert result.performance_runs == [90, 97, 96]
    assert result.runs_for["performance"] is runs[2]
    assert result.runs_for["accessibility"] is runs[1]


def test_even_number_of_runs_takes_the_lower_middle():
    result = lb.combine("home", "http://x/", [lhr(perf=0.99), lhr(perf=0.94)])
    assert result.scores["performance"] == 94


def test_a_run_without_a_score_is_an_error_and_a_miss():
    runs = [lhr(perf=0.99), lhr(perf=None, runtime_error={"code": "NO_FCP", "message": "no paint"})]
    result = lb.combine("home", "http://x/", runs)
    assert result.scores["performance"] is None
    assert result.errors == ["NO_FCP: no paint"]
    assert "performance" in lb.misses(result.scores)


def test_a_first_paint_long_after_load_is_noted():
    def timed(paint, load):
        return {"audits": {"metrics": {"details": {"items": [{"observedFirstPaint": paint, "observedLoad": load}]}}}}

    assert lb.late_first_paint(timed(1226.4, 611.0)) == (
        "first frame 615 ms after load (headless frame hold, lighthouse#17148)")
    assert lb.late_first_paint(timed(187, 643)) is None  # painted before the load event
    assert lb.late_first_paint(timed(900, 500)) is None  # within the margin
    assert lb.late_first_paint(lhr()) is None  # a run without metrics (an error) has no note


def test_misses_compares_with_each_budget():
    assert lb.misses({"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}) == []
    assert lb.misses({"performance": 94, "accessibility": 99, "best-practices": 100, "seo": 100}) == [
        "performance", "accessibility"]


def test_failing_audits_of_a_scored_category():
    audits = {
        "color-contrast": audit("color-contrast", 0, nodes=["footer .md-copyright"]),
        "image-alt": audit("image-alt", 1),
        "aria-dialog-name": audit("aria-dialog-name", 0),
        "tabindex": audit("tabindex", None, mode="notApplicable"),
        "accesskeys": audit("accesskeys", 0),  # weight 0: does not change the score
        "broken": audit("broken", None, mode="error"),
    }
    refs = {"accessibility": [{"id": "color-contrast", "weight": 7}, {"id": "image-alt", "weight": 10},
                              {"id": "aria-dialog-name", "weight": 10}, {"id": "tabindex", "weight": 7},
                              {"id": "accesskeys", "weight": 0}, {"id": "broken", "weight": 3}]}
    found = lb.failing_audits(lhr(a11y=0.8, audits=audits, refs=refs), "accessibility")
    assert [a["id"] for a in found] == ["aria-dialog-name", "color-contrast", "broken"]
    assert found[1]["nodes"] == ["footer .md-copyright"]


def test_failing_audits_of_performance_include_failed_diagnostics():
    audits = {
        "largest-contentful-paint": audit("largest-contentful-paint", 0.14, "numeric", "5.9\xa0s"),
        "first-contentful-paint": audit("first-contentful-paint", 1, "numeric", "0.9 s"),
        "total-blocking-time": audit("total-blocking-time", 0.95, "numeric", "150 ms"),
        "unused-javascript": audit("unused-javascript", 0, "metricSavings", "Est savings of 809 KiB"),
        "uses-long-cache-ttl": audit("uses-long-cache-ttl", 0.5, "metricSavings"),
        "dom-size": audit("dom-size", 0.95, "metricSavings"),
        "diagnostics": audit("diagnostics", None, "informative"),
    }
    refs = {"performance": [{"id": "first-contentful-paint", "weight": 10},
                            {"id": "largest-contentful-paint", "weight": 25},
                            {"id": "total-blocking-time", "weight": 30}]
            + [{"id": i, "weight": 0} for i in ("unused-javascript", "uses-long-cache-ttl", "dom-size", "diagnostics")]}
    found = lb.failing_audits(lhr(perf=0.6, audits=audits, refs=refs), "performance")
    assert [a["id"] for a in found] == ["total-blocking-time", "largest-contentful-paint",
                                        "unused-javascript", "uses-long-cache-ttl"]


def test_table_and_miss_report():
    audits = {"color-contrast": audit("color-contrast", 0, nodes=[f"a{i}" for i in range(5)])}
    refs = {"accessibility": [{"id": "color-contrast", "weight": 7}]}
    metrics = {"total-blocking-time": {"numericValue": 151.6}, "largest-contentful-paint": {"numericValue": 1812.2},
               "total-byte-weight": {"numericValue": 123456}}
    runs = [lhr(perf=0.99, audits=metrics), lhr(perf=0.97), lhr(perf=1.0)]
    good = lb.combine("home", "http://x/", runs)
    bad = lb.combine("checklist", "http://x/checklist/", [lhr(perf=0.96, a11y=0.93, audits=audits, refs=refs)])
    table = lb.format_table([good, bad])
    lines = table.splitlines()
    assert lines[0].split() == ["page", "Perf", "(>=95)", "A11y", "(>=100)", "BP", "(>=100)", "SEO", "(>=100)",
                                "TBT", "ms", "LCP", "ms", "KB", "sent"]
    # The metrics are those of the median Performance run (99 of 97, 99, 100).
    assert lines[2].split() == ["home", "99", "100", "100", "100", "152", "1812", "123"]
    assert lines[3].split() == ["checklist", "96", "93", "MISS", "100", "100", "-", "-", "-"]
    assert lb.format_metrics(lb.run_metrics(runs[0])) == "TBT 152 ms, LCP 1812 ms, bytes 123 KB"
    assert lb.format_metrics(lb.run_metrics(runs[1])) == "TBT ? ms, LCP ? ms, bytes ? KB"
    report = lb.format_misses([good, bad])
    assert "checklist (http://x/checklist/): accessibility 93 < 100" in report
    assert "  color-contrast: title of color-contrast score=0" in report
    assert "      a0" in report and "      a3" not in report and "... 2 more" in report
    assert "home" not in report


# --- the static server -----------------------------------------------------------------


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    site = tmp_path_factory.mktemp("site")
    (site / "index.html").write_text("<!doctype html><title>home</title>" + "한국어 " * 500, encoding="utf-8")
    (site / "404.html").write_text("<!doctype html><title>없음</title>", encoding="utf-8")
    (site / "page").mkdir()
    (site / "page" / "index.html").write_text("<p>page</p>", encoding="utf-8")
    (site / "app.js").write_text("console.log('x');\n" * 200, encoding="utf-8")
    (site / "logo.png").write_bytes(b"\x89PNG" + bytes(300))
    running = static_server.serve(site, "/cloud-networking-study/")
    yield running
    running.stop()


def get(server, path, gzip_ok=True):
    connection = http.client.HTTPConnection(*server.server_address[:2], timeout=10)
    connection.request("GET", path, headers={"Accept-Encoding": "gzip, deflate, br"} if gzip_ok else {})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response, body


def test_server_url_has_the_sub_path(server):
    assert server.url.endswith("/cloud-networking-study/")


def test_text_is_gzipped_when_accepted(server):
    response, body = get(server, "/cloud-networking-study/app.js")
    assert response.status == 200
    assert response.getheader("Content-Encoding") == "gzip"
    assert response.getheader("Vary") == "Accept-Encoding"
    assert int(response.getheader("Content-Length")) == len(body)
    assert gzip.decompress(body) == ("console.log('x');\n" * 200).encode()
    plain, raw = get(server, "/cloud-networking-study/app.js", gzip_ok=False)
    assert plain.getheader("Content-Encoding") is None and len(raw) == 3600


def test_images_are_sent_as_they_are(server):
    response, body = get(server, "/cloud-networking-study/logo.png")
    assert response.getheader("Content-Type") == "image/png"
    assert response.getheader("Content-Encoding") is None and len(body) == 304


def test_redirects_and_not_found(server):
    response, _ = get(server, "/cloud-networking-study")
    assert (response.status, response.getheader("Location")) == (301, "/cloud-networking-study/")
    response, _ = get(server, "/cloud-networking-study/page")
    assert (response.status, response.getheader("Location")) == (301, "/cloud-networking-study/page/")
    response, body = get(server, "/cloud-networking-study/page/", gzip_ok=False)
    assert (response.status, body) == (200, b"<p>page</p>")
    response, body = get(server, "/cloud-networking-study/missing/", gzip_ok=False)
    assert response.status == 404 and "없음" in body.decode()
    response, _ = get(server, "/index.html")
    assert response.status == 404
    response, _ = get(server, "/cloud-networking-study/../cloud-networking-study/index.html")
    assert response.status in (200, 404)  # never a file outside the site


def test_log_counts_bytes_as_sent_and_uncompressed(server):
    server.take_log()
    get(server, "/cloud-networking-study/")
    get(server, "/cloud-networking-study/logo.png")
    log = server.take_log()
    assert [entry.path for entry in log] == ["/cloud-networking-study/", "/cloud-networking-study/logo.png"]
    page = log[0]
    assert page.encoding == "gzip" and page.transferred < page.uncompressed
    assert page.uncompressed == len(("<!doctype html><title>home</title>" + "한국어 " * 500).encode())
    assert server.take_log() == []


@pytest.mark.parametrize(("header", "expected"), [
    ("gzip, deflate, br", True), ("br;q=1.0, gzip;q=0.8", True), ("gzip;q=0", False),
    ("identity", False), ("", False), (None, False), ("*", True),
])
def test_accepts_gzip(header, expected):
    assert static_server.accepts_gzip(header) is expected


@pytest.mark.parametrize(("given", "expected"), [
    ("", "/"), ("/", "/"), ("cloud-networking-study", "/cloud-networking-study/"),
    ("/a/b", "/a/b/"), ("/a/b/", "/a/b/"),
])
def test_normalize_base_path(given, expected):
    assert static_server.normalize_base_path(given) == expected
