// Load the self-hosted mermaid library only when a page has a diagram.
// Material renders diagrams with a global `mermaid` if one exists (otherwise it
// fetches mermaid from a CDN). This stand-in is that global: it remembers the
// configuration Material passes to initialize() and, on the first render(),
// loads the real library from this site, then hands every call to it. Pages
// without diagrams never download the 3.5 MB bundle.
(function () {
  var here = document.currentScript.src;
  var source = here.replace(/javascripts\/mermaid-loader\.js(\?.*)?$/, "vendor/mermaid/mermaid.min.js");
  var settings = null;
  var loading = null;

  function load() {
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = source;
        script.onload = function () {
          var real = window.mermaid;
          if (settings) real.initialize(settings);
          resolve(real);
        };
        script.onerror = function () {
          reject(new Error("could not load " + source));
        };
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  window.mermaid = {
    initialize: function (config) {
      // "antiscript" keeps mermaid's `click NODE "url"` links working (the
      // default "strict" drops them) while still removing scripts; diagram
      // source comes only from this repository's pages.
      settings = Object.assign({}, config, { securityLevel: "antiscript" });
    },
    render: function () {
      var args = arguments;
      return load().then(function (real) {
        return real.render.apply(real, args);
      });
    },
  };
})();
