// Live reload for `guidance serve` only: the preview server adds this script to the pages it sends; the built
// site never contains it (the build copies assets/, not preview/). It asks the server which build the site is
// at, reloads the page after a successful rebuild, and shows the errors of a failed one over the page while the
// last good site stays served. The server holds each request until something changes (long polling). After an edit
// the rebuild writes the edited pages and the pages listing them first and says so ("written"): those reload then,
// every other page when the rebuild is done.
(function () {
  "use strict";
  var endpoint = "/_guidance/live-reload";
  var script = document.currentScript;
  var served = Number(new URL(script.src, location.href).searchParams.get("v"));
  var here = decodeURIComponent(location.pathname).replace(/\/index\.html$/i, "/");
  var overlay = null;
  // A service worker from a built site served at this address would keep showing its copy instead of the edits.
  if (navigator.serviceWorker) navigator.serviceWorker.getRegistrations().then(function (workers) {
    workers.forEach(function (worker) { worker.unregister(); });
  });

  // The heading comes with the errors, in their language (the server's message table); this is its fallback.
  function showErrors(text, heading) {
    heading = heading || "The rebuild failed; this is the last good version of the page.";
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.setAttribute("role", "alertdialog");
      overlay.className = "guidance-live-reload-errors";
      // Styles through the CSSOM: the Content-Security-Policy refuses style attributes in markup, not these.
      var s = overlay.style;
      s.position = "fixed"; s.inset = "0"; s.zIndex = "2147483647"; s.overflow = "auto";
      s.background = "rgba(20, 24, 32, 0.94)"; s.color = "#fff"; s.padding = "2rem";
      s.font = "14px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace";
      var title = document.createElement("h2");
      title.style.marginTop = "0";
      var pre = document.createElement("pre");
      pre.style.whiteSpace = "pre-wrap";
      overlay.appendChild(title);
      overlay.appendChild(pre);
      document.body.appendChild(overlay);
    }
    // textContent, never innerHTML: the errors quote content, which may contain markup.
    overlay.setAttribute("aria-label", heading);
    overlay.querySelector("h2").textContent = heading;
    overlay.querySelector("pre").textContent = text;
  }

  function hideErrors() {
    if (overlay) { overlay.remove(); overlay = null; }
  }

  // The build this page is as on the server now: the running one once it has written this page.
  function builtAs(state) {
    return state.written && state.written.indexOf(here) >= 0 ? state.version + 1 : state.version;
  }

  function ask(since, written) {
    var url = since === null ? endpoint : endpoint + "?since=" + since + "&written=" + written;
    fetch(url, { cache: "no-store" })
      .then(function (response) { return response.json(); })
      .then(function (state) {
        if (state.error) showErrors(state.error, state.title);
        else if (builtAs(state) !== served) { location.reload(); return; }
        else hideErrors();
        ask(state.version, state.written ? state.written.length : 0);
      })
      .catch(function () { setTimeout(function () { ask(since, written); }, 2000); }); // the server is restarting or gone
  }

  ask(null, 0);
})();
