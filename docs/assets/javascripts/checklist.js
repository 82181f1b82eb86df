// Interactive checklist: the task-list checkboxes inside `.checklist` blocks
// become clickable and their state is kept in this browser (localStorage).
// Runs on every page view, including Material's instant navigation (document$).
// Saved data that cannot be read is ignored and reported on the page.
(function () {
  var STORAGE_KEY = "cns-checklist";
  var VERSION = 1;

  function load() {
    var raw;
    try {
      raw = localStorage.getItem(STORAGE_KEY);
    } catch (error) {
      return { items: {}, problem: "이 브라우저에서는 저장소를 쓸 수 없어 체크 상태가 저장되지 않습니다." };
    }
    if (raw === null) return { items: {} };
    try {
      var data = JSON.parse(raw);
      if (data && data.version === VERSION && data.items && typeof data.items === "object" && !Array.isArray(data.items)) {
        return { items: data.items };
      }
    } catch (error) {
      // fall through: unreadable data is reported, not thrown
    }
    return { items: {}, problem: "저장된 체크리스트 데이터를 읽을 수 없어 무시했습니다. 새로 체크하면 덮어씁니다." };
  }

  function save(items) {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: VERSION, items: items }));
    } catch (error) {
      // storage full or disabled: the page keeps working without persistence
    }
  }

  function textOf(item) {
    return item.textContent.replace(/\s+/g, " ").trim();
  }

  // "<competency>::<item text>": the text is unique on the page (checked at
  // build) and the prefix lets the progress page count items per competency.
  function keyOf(item) {
    var block = item.closest(".checklist");
    return (block.getAttribute("data-competency") || "") + "::" + textOf(item);
  }

  function setup() {
    var items = Array.prototype.slice.call(document.querySelectorAll(".checklist li.task-list-item"));
    if (!items.length) return;
    var state = load();
    // The page holds the summary box already (so nothing shifts as it loads);
    // a page without one gets it under its title.
    var summary = document.querySelector(".checklist-summary");
    if (!summary) {
      summary = document.createElement("div");
      summary.className = "checklist-summary admonition note";
      summary.setAttribute("role", "status");
      summary.appendChild(document.createElement("p"));
      var button = document.createElement("button");
      button.type = "button";
      button.className = "md-button checklist-reset";
      button.textContent = "체크리스트 초기화";
      summary.appendChild(button);
      var heading = document.querySelector(".md-content h1");
      heading.parentNode.insertBefore(summary, heading.nextSibling);
    }
    var count = summary.querySelector("p");
    var reset = summary.querySelector(".checklist-reset");
    reset.disabled = false;
    if (state.problem) {
      var warning = document.createElement("p");
      warning.className = "checklist-problem";
      warning.textContent = state.problem;
      summary.insertBefore(warning, reset);
    }

    function refresh() {
      var done = items.filter(function (item) { return item.querySelector("input").checked; }).length;
      count.textContent = "완료 " + done + " / " + items.length + " (" + Math.round((100 * done) / items.length) + "%)";
    }

    items.forEach(function (item) {
      var box = item.querySelector("input[type=checkbox]");
      var key = keyOf(item);
      box.disabled = false;
      box.checked = state.items[key] === true;
      box.setAttribute("aria-label", textOf(item));
      box.addEventListener("change", function () {
        if (box.checked) state.items[key] = true;
        else delete state.items[key];
        save(state.items);
        refresh();
      });
    });

    reset.addEventListener("click", function () {
      if (!window.confirm("체크리스트의 모든 체크를 지울까요?")) return;
      state.items = {};
      items.forEach(function (item) { item.querySelector("input").checked = false; });
      save(state.items);
      refresh();
    });
    refresh();
  }

  if (window.document$) window.document$.subscribe(setup);
  else document.addEventListener("DOMContentLoaded", setup);
})();
