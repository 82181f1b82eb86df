// Progress page: what this browser has saved, per competency.
// Quiz answers come from mkdocs-quiz's own storage ("quiz_progress_<page path>"),
// checklist state from checklist.js ("cns-checklist"). The table rows, with the
// number of questions and checklist items per page, are written at build time
// (scripts/hooks/hook_progress.py). Saved data that cannot be read is ignored and
// listed on the page; it never stops the page from working.
(function () {
  var QUIZ_PREFIX = "quiz_progress_";
  var CHECKLIST_KEY = "cns-checklist";
  var EXPORT_FORMAT = "cns-progress";
  var EXPORT_VERSION = 1;

  function pathOf(row) {
    return row.querySelector("a").pathname;
  }

  function readJSON(key, problems, label) {
    var raw;
    try {
      raw = localStorage.getItem(key);
    } catch (error) {
      problems.push("브라우저 저장소를 읽을 수 없습니다.");
      return null;
    }
    if (raw === null) return null;
    try {
      return JSON.parse(raw);
    } catch (error) {
      problems.push(label + "의 저장 데이터가 손상되어 무시했습니다.");
      return null;
    }
  }

  // mkdocs-quiz stores {"quiz-3": {answered: bool, correct: bool, ...}, ...}.
  function quizState(row, problems) {
    var title = row.querySelector("a").textContent;
    var data = readJSON(QUIZ_PREFIX + pathOf(row), problems, title + " 퀴즈");
    var state = { answered: 0, correct: 0 };
    if (data === null) return state;
    if (typeof data !== "object" || Array.isArray(data)) {
      problems.push(title + " 퀴즈의 저장 데이터 형식이 맞지 않아 무시했습니다.");
      return state;
    }
    Object.keys(data).forEach(function (id) {
      var entry = data[id];
      if (entry && typeof entry === "object" && entry.answered === true) {
        state.answered += 1;
        if (entry.correct === true) state.correct += 1;
      }
    });
    return state;
  }

  function checklistItems(problems) {
    var data = readJSON(CHECKLIST_KEY, problems, "체크리스트");
    if (data === null) return {};
    if (!data || data.version !== 1 || typeof data.items !== "object" || Array.isArray(data.items)) {
      problems.push("체크리스트의 저장 데이터 형식이 맞지 않아 무시했습니다.");
      return {};
    }
    return data.items;
  }

  function percent(part, whole) {
    return whole ? Math.round((100 * part) / whole) : 0;
  }

  function render(table, status) {
    var problems = [];
    var items = checklistItems(problems);
    var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
    var sums = { questions: 0, correct: 0, checks: 0, done: 0 };
    var scored = rows.map(function (row) {
      var slug = row.getAttribute("data-slug");
      var questions = Number(row.getAttribute("data-questions"));
      var checks = Number(row.getAttribute("data-checks"));
      var quiz = quizState(row, problems);
      var done = Object.keys(items).filter(function (key) {
        return key.indexOf(slug + "::") === 0 && items[key] === true;
      }).length;
      // A page's score: half quiz (correct answers), half checklist.
      var score = Math.round((percent(quiz.correct, questions) + percent(done, checks)) / 2);
      row.querySelector(".progress-quiz").textContent = quiz.answered + " / " + questions;
      row.querySelector(".progress-correct").textContent = quiz.correct + " (" + percent(quiz.correct, questions) + "%)";
      row.querySelector(".progress-checklist").textContent = done + " / " + checks;
      row.querySelector(".progress-score").textContent = score + "%";
      sums.questions += questions;
      sums.correct += quiz.correct;
      sums.checks += checks;
      sums.done += done;
      return { row: row, score: score, answered: quiz.answered, questions: questions };
    });

    var overall = Math.round((percent(sums.correct, sums.questions) + percent(sums.done, sums.checks)) / 2);
    var weakest = scored.slice().sort(function (a, b) { return a.score - b.score; })[0];
    // Next: the first page, in site order, whose quiz is not finished; else the weakest.
    var next = scored.filter(function (s) { return s.answered < s.questions; })[0] || weakest;
    status.querySelector(".progress-overall").textContent =
      "전체 " + overall + "% · 맞힌 문항 " + sums.correct + " / " + sums.questions +
      " · 체크리스트 " + sums.done + " / " + sums.checks;
    setLink(status.querySelector(".progress-weakest"), "가장 약한 역량: ", weakest);
    setLink(status.querySelector(".progress-next"), "다음에 공부할 것: ", next);
    var list = status.querySelector(".progress-problems");
    list.textContent = "";
    problems.forEach(function (text) {
      var item = document.createElement("li");
      item.textContent = text;
      list.appendChild(item);
    });
    list.hidden = problems.length === 0;
  }

  function setLink(target, label, entry) {
    target.textContent = label;
    if (!entry) return;
    var source = entry.row.querySelector("a");
    var link = document.createElement("a");
    link.href = source.href;
    link.textContent = source.textContent + " (" + entry.score + "%)";
    target.appendChild(link);
  }

  function exportData(table) {
    var problems = [];
    var quizzes = {};
    table.querySelectorAll("tbody tr").forEach(function (row) {
      var data = readJSON(QUIZ_PREFIX + pathOf(row), problems, "");
      if (data && typeof data === "object" && !Array.isArray(data)) quizzes[row.getAttribute("data-slug")] = data;
    });
    var payload = {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exported: new Date().toISOString(),
      // Keyed by page slug, not path, so the file also imports into a copy
      // of the site served under another address or sub-path.
      quizzes: quizzes,
      checklist: checklistItems(problems),
    };
    var blob = new Blob([JSON.stringify(payload, null, 2)], { type: "application/json" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = "cloud-net-study-progress.json";
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  function importData(table, text) {
    var payload;
    try {
      payload = JSON.parse(text);
    } catch (error) {
      return "JSON 파일이 아닙니다.";
    }
    if (!payload || payload.format !== EXPORT_FORMAT || payload.version !== EXPORT_VERSION) {
      return "이 사이트에서 내보낸 진도 파일(format: " + EXPORT_FORMAT + ", version: " + EXPORT_VERSION + ")이 아닙니다.";
    }
    if (typeof payload.quizzes !== "object" || typeof payload.checklist !== "object" || !payload.quizzes || !payload.checklist) {
      return "진도 파일에 quizzes나 checklist가 없습니다.";
    }
    table.querySelectorAll("tbody tr").forEach(function (row) {
      var data = payload.quizzes[row.getAttribute("data-slug")];
      if (data && typeof data === "object") localStorage.setItem(QUIZ_PREFIX + pathOf(row), JSON.stringify(data));
    });
    localStorage.setItem(CHECKLIST_KEY, JSON.stringify({ version: 1, items: payload.checklist }));
    return null;
  }

  function setup() {
    var table = document.getElementById("progress-table");
    if (!table) return;
    var status = document.getElementById("progress-status");
    var message = status.querySelector(".progress-message");
    render(table, status);
    status.querySelector(".progress-export").addEventListener("click", function () {
      exportData(table);
    });
    var input = status.querySelector(".progress-import");
    input.addEventListener("change", function () {
      var file = input.files[0];
      if (!file) return;
      file.text().then(function (text) {
        var error = importData(table, text);
        message.textContent = error ? "가져오지 못했습니다: " + error : "진도를 가져왔습니다.";
        input.value = "";
        render(table, status);
      });
    });
  }

  if (window.document$) window.document$.subscribe(setup);
  else document.addEventListener("DOMContentLoaded", setup);
})();
