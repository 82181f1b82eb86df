// Accept every listed variant of a fill-in answer (quizzes/*.yml `answers`).
// mkdocs-quiz compares the input with one answer (data-answer). The quiz hook
// adds data-accept, a JSON list of accepted answers; on submit (capture phase,
// so before mkdocs-quiz's own handler) a matching variant is replaced with the
// canonical answer. Comparison ignores case and all whitespace.
(function () {
  function normalize(text) {
    return String(text).toLowerCase().replace(/\s+/g, "");
  }
  document.addEventListener(
    "submit",
    function (event) {
      var form = event.target;
      if (!form.closest || !form.closest(".quiz-fill-blank")) return;
      form.parentNode.querySelectorAll(".quiz-blank-input[data-accept]").forEach(function (input) {
        var accepted;
        try {
          accepted = JSON.parse(input.getAttribute("data-accept"));
        } catch (error) {
          return;
        }
        var given = normalize(input.value);
        if (accepted.some(function (answer) { return normalize(answer) === given; })) {
          input.value = input.getAttribute("data-answer");
        }
      });
    },
    true
  );
})();
