// The question form: show only the parts the chosen kind of question uses
// (options for single and multiple choice, the right answer for true or
// false, accepted answers for a short answer). Without this script every
// part shows, and the server ignores what the kind does not use.
(function () {
  "use strict";
  var kind = document.getElementById("id_kind");
  var parts = document.querySelectorAll("[data-question-kinds]");
  if (!kind || !parts.length) {
    return;
  }
  function show() {
    parts.forEach(function (part) {
      part.hidden = part.getAttribute("data-question-kinds").split(" ").indexOf(kind.value) === -1;
    });
  }
  kind.addEventListener("change", show);
  show();
})();
