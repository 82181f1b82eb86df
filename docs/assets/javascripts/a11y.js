/*
 * Accessibility fixes for markup that Material and mkdocs-quiz create in the
 * browser, where a template override cannot reach it (tests/test_a11y.py runs
 * axe-core on every page). Runs on load and again whenever such markup
 * appears: instant navigation, search results, code-block toolbars.
 */
(function () {
  "use strict";

  // Material wraps each code block's copy button in an unnamed <nav>, and each
  // search result's tag list too: many identical navigation landmarks that are
  // not navigation (axe: landmark-unique). The button and the tags stay; only
  // the landmark goes. ARIA in HTML allows role="none" on <nav>.
  var NOT_LANDMARKS = "nav.md-code__nav, .md-search-result nav.md-tags";

  // mkdocs-quiz titles its results box with a fixed <h3>. Under a page whose
  // last heading before it is an <h1> (the mock exam), that skips a level
  // (axe: heading-order), so give it the level one below that heading.
  var RESULTS_HEADING = ".quiz-results-progress > h3";

  function previousHeadingLevel(element) {
    var headings = document.querySelectorAll("article h1, article h2, article h3, article h4, article h5, article h6");
    var level = 0;
    for (var i = 0; i < headings.length && headings[i] !== element; i++) {
      if (element.compareDocumentPosition(headings[i]) & Node.DOCUMENT_POSITION_FOLLOWING) break;
      level = Number(headings[i].getAttribute("aria-level") || headings[i].tagName.slice(1));
    }
    return level;
  }

  // The elements of root's subtree, root included, that match selector.
  function within(root, selector) {
    var found = Array.prototype.slice.call(root.querySelectorAll(selector));
    if (root.matches && root.matches(selector)) found.unshift(root);
    return found;
  }

  function fix(root) {
    within(root, NOT_LANDMARKS).forEach(function (nav) {
      nav.setAttribute("role", "none");
    });
    within(root, RESULTS_HEADING).forEach(function (heading) {
      var level = previousHeadingLevel(heading);
      if (level && level + 1 < 3) heading.setAttribute("aria-level", String(level + 1));
    });
  }

  function watch() {
    fix(document);
    new MutationObserver(function (records) {
      for (var r = 0; r < records.length; r++) {
        var added = records[r].addedNodes;
        for (var n = 0; n < added.length; n++) {
          if (added[n].nodeType === Node.ELEMENT_NODE) fix(added[n]);
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", watch);
  } else {
    watch();
  }
})();
