"""Page weight budgets on a first (cold-cache) load, served gzip-compressed like GitHub Pages.

- Every competency page transfers at most 150 kB of compressed JavaScript
  (150,000 bytes of response bodies as sent, gzip; HTTP headers not counted).
- No page requests a diagram library: diagrams are inline SVG from the build
  (a page with diagrams included).

Bytes come from scripts/measure/static_server.py's log of what it sent, so the search
worker's script counts too (see scripts/measure/measure_page_weight.py).
"""

from __future__ import annotations

import pytest

from measure_page_weight import PageWeight, kind_of, measure_page
from site_pages import COMPETENCY_SLUGS
from static_server import serve

JS_BUDGET_BYTES = 150_000  # compressed (gzip) JavaScript per competency page
DIAGRAM_LIBRARY = "mermaid"  # any URL that names it
PAGES_WITHOUT_DIAGRAMS = ("progress/", "checklist/")


@pytest.fixture(scope="module")
def weights(built_site, browser) -> dict[str, PageWeight]:
    server = serve(built_site)
    try:
        return {path: measure_page(browser, server, path)
                for path in [f"{slug}/" for slug in COMPETENCY_SLUGS] + list(PAGES_WITHOUT_DIAGRAMS)}
    finally:
        server.stop()


def scripts(weight: PageWeight) -> str:
    return "\n".join(f"  {s.path}: {s.transferred:,} bytes sent ({s.uncompressed:,} uncompressed)"
                     for s in weight.responses if kind_of(s.content_type) == "script")


def test_text_is_served_compressed(weights):
    """The budget is about compressed bytes; make sure the server did compress."""
    page = weights["network-design/"]
    document = next(s for s in page.responses if kind_of(s.content_type) == "document")
    assert document.encoding == "gzip" and document.transferred < document.uncompressed / 2


@pytest.mark.parametrize("slug", COMPETENCY_SLUGS)
def test_competency_page_javascript_within_budget(weights, slug):
    page = weights[f"{slug}/"]
    sent = page.transferred("script")
    assert sent > 0, f"/{slug}/ loaded no JavaScript at all; the measurement is broken"
    assert sent <= JS_BUDGET_BYTES, (
        f"/{slug}/ transfers {sent:,} bytes of compressed JavaScript on a cold load "
        f"(budget {JS_BUDGET_BYTES:,} bytes; {page.uncompressed('script'):,} uncompressed):\n{scripts(page)}")


@pytest.mark.parametrize("path", ["network-design/", *PAGES_WITHOUT_DIAGRAMS])
def test_no_page_loads_a_diagram_library(weights, path):
    assert not weights[path].requested(DIAGRAM_LIBRARY), (
        f"/{path} requested {weights[path].requested(DIAGRAM_LIBRARY)}")
