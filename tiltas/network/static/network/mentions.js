// @mention suggestions on a post's text. Typing "@" and a few letters asks the
// server (the form's data-mentions address) for the cluster's members and lists
// them under the text: up and down arrows choose, Enter or Tab picks, Escape
// closes; a polite live region says how many were found and who was picked.
// The textarea keeps its textbox role (a textarea may take no other) with the
// combobox attributes ARIA 1.2 allows a textbox: aria-autocomplete,
// aria-haspopup, aria-controls and aria-activedescendant. Without this script
// a member types the @handle and it works the same.
(function () {
  "use strict";
  var HANDLE = /(^|[^\w@\/])@([a-z0-9][a-z0-9-]{0,80})$/i;

  function setUp(form, index) {
    var text = form.querySelector("textarea[name=body]");
    if (!text) {
      return;
    }
    var listId = "mentions-" + index;
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "mention-list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", form.getAttribute("data-mentions-label"));
    list.hidden = true;
    var status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("aria-live", "polite");
    text.insertAdjacentElement("afterend", status);
    text.insertAdjacentElement("afterend", list);
    text.setAttribute("aria-autocomplete", "list");
    text.setAttribute("aria-haspopup", "listbox");
    text.setAttribute("aria-controls", listId);

    var people = [];
    var active = -1;
    var typed = null; // {start, end} of "@ab" being typed
    var asked = 0;

    function close() {
      list.hidden = true;
      list.textContent = "";
      people = [];
      active = -1;
      text.removeAttribute("aria-activedescendant");
    }

    function choose(position) {
      active = position;
      Array.prototype.forEach.call(list.children, function (option, i) {
        option.setAttribute("aria-selected", i === active ? "true" : "false");
      });
      text.setAttribute("aria-activedescendant", listId + "-" + active);
    }

    function pick(position) {
      var person = people[position];
      var before = text.value.slice(0, typed.start);
      var after = text.value.slice(typed.end);
      var inserted = "@" + person.handle + " ";
      text.value = before + inserted + after;
      var caret = before.length + inserted.length;
      text.setSelectionRange(caret, caret);
      status.textContent = form.getAttribute("data-mentions-picked") + " " + person.name;
      close();
      text.focus();
    }

    function show(found, message) {
      close();
      people = found;
      status.textContent = message;
      found.forEach(function (person, i) {
        var option = document.createElement("li");
        option.id = listId + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = person.name + " (@" + person.handle + ")";
        option.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep the focus in the text
          pick(i);
        });
        list.appendChild(option);
      });
      if (found.length) {
        list.hidden = false;
        choose(0);
      }
    }

    function lookUp() {
      var match = HANDLE.exec(text.value.slice(0, text.selectionStart));
      if (!match || match[2].length < 1) {
        typed = null;
        close();
        return;
      }
      typed = {start: text.selectionStart - match[2].length - 1, end: text.selectionStart};
      var ask = ++asked;
      var address = form.getAttribute("data-mentions") + "&q=" + encodeURIComponent(match[2]);
      fetch(address, {credentials: "same-origin", headers: {Accept: "application/json"}})
        .then(function (response) {
          return response.ok ? response.json() : null;
        })
        .then(function (data) {
          if (data && ask === asked && typed) {
            show(data.results, data.status);
          }
        })
        .catch(close);
    }

    text.addEventListener("input", lookUp);
    text.addEventListener("blur", close);
    text.addEventListener("keydown", function (event) {
      if (list.hidden || !people.length) {
        return;
      }
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        var step = event.key === "ArrowDown" ? 1 : -1;
        choose((active + step + people.length) % people.length);
      } else if (event.key === "Enter" || event.key === "Tab") {
        event.preventDefault();
        pick(active);
      } else if (event.key === "Escape") {
        event.preventDefault();
        close();
      }
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("form[data-mentions]"), setUp);
})();
