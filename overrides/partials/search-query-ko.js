// Strip Korean particles and endings from search queries before Material's
// search worker sees them. Material matches every query word as a prefix of
// an indexed word, so 로드밸런서를 finds only text that has exactly that word;
// 로드밸런서 finds 로드밸런서를, 로드밸런서가 and the joined compounds that
// hook_search_ko.py adds to the index. Over-stripping is harmless for the same
// reason (게이트웨이 -> 게이트웨 still matches 게이트웨이), so the rule is simple:
// drop the longest known particle or ending if at least two characters remain
// (one, after Latin letters: CQRS란 -> CQRS), and drop question words.
// The search worker is wrapped where it is made, also under the file:// shim
// (iframe-worker assigns window.Worker later; the setter wraps that too).
(function () {
  var QUERY = 2; // Material's SearchMessageType.QUERY
  var ENDINGS = [
    "에서는", "으로는", "이라는", "이라고", "에게서", "까지는", "부터는", "이란", "라는", "에서",
    "에게", "으로", "까지", "부터", "처럼", "보다", "끼리", "마다", "이나", "이랑", "에는", "와의", "과의", "로는",
    "하나요", "되나요", "인가요", "합니까", "입니까", "할까요", "인가", "하는", "하기", "하면", "되는",
    "은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과", "도", "만", "란", "랑"
  ].sort(function (a, b) { return b.length - a.length; });
  var QUESTION_WORDS = /^(무엇|무엇인가|무엇인가요|뭔가요|뭐야|어떻게|어떤|왜|언제|어디서|차이|차이는|차이점|차이점은|정하나요|동작하나요|생기나요)$/;

  function stripTerm(term) {
    var word = term.replace(/[?!.,]+$/, "");
    if (QUESTION_WORDS.test(word)) return "";
    for (var i = 0; i < ENDINGS.length; i++) {
      var ending = ENDINGS[i];
      if (word.length > ending.length && word.slice(-ending.length) === ending) {
        var stem = word.slice(0, -ending.length);
        var min = /[A-Za-z0-9]$/.test(stem) ? 1 : 2;
        if (stem.length >= min && /[가-힣A-Za-z0-9]$/.test(stem)) return stem;
      }
    }
    return word;
  }

  function normalizeQuery(query) {
    var words = query.split(/\s+/).map(function (term) {
      return /[가-힣]/.test(term) ? stripTerm(term) : term;
    }).filter(Boolean);
    // A query of question words only is left as typed rather than emptied.
    if (!words.length) return query;
    // Two words next to each other are often one compound written with a
    // space (네트워크 정책, NAT 게이트웨이): add the joined form, which is rare in
    // the index and so ranks the sections that use the compound itself.
    var joined = [];
    for (var i = 0; i + 1 < words.length; i++) {
      if (/[가-힣]/.test(words[i] + words[i + 1]) && !/^[+-]/.test(words[i + 1])) joined.push(words[i] + words[i + 1]);
    }
    return words.concat(joined).join(" ");
  }
  window.__normalizeSearchQuery = normalizeQuery; // for tests

  function wrap(Native) {
    if (!Native || Native.__ko) return Native;
    function KoreanQueryWorker(url, options) {
      var worker = new Native(url, options);
      var post = worker.postMessage;
      worker.postMessage = function (message) {
        if (message && message.type === QUERY && typeof message.data === "string") {
          message = { type: message.type, data: normalizeQuery(message.data) };
        }
        return post.apply(worker, [message].concat([].slice.call(arguments, 1)));
      };
      return worker;
    }
    KoreanQueryWorker.__ko = true;
    return KoreanQueryWorker;
  }

  var current = wrap(window.Worker);
  Object.defineProperty(window, "Worker", {
    configurable: true,
    get: function () { return current; },
    set: function (value) { current = wrap(value); }
  });
})();
