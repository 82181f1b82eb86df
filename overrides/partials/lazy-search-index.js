// Download the search index only when the reader opens search.
// Material requests search/search_index.json (about 0.5 MB compressed for this
// site) as soon as any page loads, competing with the page itself on a slow
// phone connection. This holds back the send() of that one XMLHttpRequest
// until the search toggle opens (a click, the "/" or "s" key, a shared ?q=
// link), or sends it at once when the page was reached from a search result
// (?h= asks Material to highlight the words, which needs the index).
// From file:// Material already loads search_index.js only on demand.
(function () {
  var INDEX = /\/search\/search_index\.json(\?|$)/;
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  var indexRequests = new WeakSet();
  var opened = /[?&]h=/.test(location.search);
  var waiting = [];

  document.addEventListener("change", function (event) {
    if (event.target && event.target.id === "__search" && event.target.checked && !opened) {
      opened = true;
      waiting.splice(0).forEach(function (start) { start(); });
    }
  });

  XMLHttpRequest.prototype.open = function (method, url) {
    if (INDEX.test(String(url))) indexRequests.add(this);
    return open.apply(this, arguments);
  };

  XMLHttpRequest.prototype.send = function () {
    var request = this;
    var args = arguments;
    if (opened || !indexRequests.has(request)) return send.apply(request, args);
    waiting.push(function () { send.apply(request, args); });
  };
})();
