/* Warns before an idle session ends and offers to continue (WCAG 2.2.1).
 *
 * The server gives the seconds left (data-ends-in) on every signed-in page.
 * Open tabs share the latest end in localStorage, so activity in one tab
 * keeps the others from warning early. "Stay signed in" renews the session
 * (core:session_renew) without leaving the page; if that fails, the form is
 * sent the plain way. Without this script the page works as before.
 */
(function () {
  "use strict";
  var dialog = document.getElementById("session-timeout");
  if (!dialog || typeof dialog.showModal !== "function" || !window.fetch) {
    return;
  }
  var KEY = "tiltas-session-ends-at";
  var warnBefore = Number(dialog.getAttribute("data-warn-before")) * 1000;
  var form = dialog.querySelector("form");
  var warning = dialog.querySelector("[data-session-state=warning]");
  var ended = dialog.querySelector("[data-session-state=ended]");
  var fallback = 0;
  var timer = null;

  function endsAt() {
    try {
      return Number(window.localStorage.getItem(KEY)) || fallback;
    } catch (error) {
      return fallback;
    }
  }

  function setEndsAt(value) {
    fallback = value;
    try {
      window.localStorage.setItem(KEY, String(value));
    } catch (error) {
      /* private mode: this tab alone */
    }
  }

  function show(state) {
    var isEnded = state === "ended";
    warning.hidden = isEnded;
    ended.hidden = !isEnded;
    dialog.setAttribute("aria-labelledby", isEnded ? "session-ended-title" : "session-timeout-title");
    dialog.setAttribute("aria-describedby", isEnded ? "session-ended-text" : "session-timeout-text");
    if (!dialog.open) {
      dialog.showModal();
    }
  }

  function schedule() {
    window.clearTimeout(timer);
    var left = endsAt() - Date.now();
    if (left <= 0) {
      show("ended");
    } else if (left <= warnBefore) {
      show("warning");
      timer = window.setTimeout(schedule, left);
    } else {
      if (dialog.open && !warning.hidden) {
        dialog.close(); /* renewed in another tab */
      }
      timer = window.setTimeout(schedule, left - warnBefore);
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window
      .fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { Accept: "application/json" },
        credentials: "same-origin",
        redirect: "error",
      })
      .then(function (response) {
        return response.ok ? response.json() : Promise.reject(response.status);
      })
      .then(function (answer) {
        setEndsAt(Date.now() + answer.ends_in * 1000);
        dialog.close();
        schedule();
      })
      .catch(function () {
        form.submit();
      });
  });

  window.addEventListener("storage", function (event) {
    if (event.key === KEY) {
      schedule();
    }
  });

  setEndsAt(Date.now() + Number(dialog.getAttribute("data-ends-in")) * 1000);
  schedule();
})();
