// The site's addition to the editor at /admin/ (Decap CMS, loaded before this file). With `guidance serve --edit`,
// a save writes the files and the preview server rebuilds the site; this script asks the server what that build
// found (/_guidance/cms/problems, long polling) and shows each problem of the open entry under the field it is about,
// in plain words, and the rest in a panel. On the published site (GitHub backend) the endpoint is absent and the
// script does nothing: the pull request's check reports problems there.
(function () {
  "use strict";
  var endpoint = "/_guidance/cms/problems";
  var body = document.body;
  var words = {
    title: body.getAttribute("data-problems-title"),
    other: body.getAttribute("data-problems-other"),
    checking: body.getAttribute("data-problems-checking"),
    none: body.getAttribute("data-problems-none"),
  };
  var contentFolder = body.getAttribute("data-content-folder") || "input";
  var languages = (body.getAttribute("data-languages") || "").split(" ");
  // Markdown bodies open as Markdown text, not in the rich-text view, which rewrites what it does not know
  // ("## Heading {#anchor}" becomes "\## Heading \{#anchor\}"). Decap keeps the editor's own choice under this key.
  if (!localStorage.getItem("cms.md-mode")) localStorage.setItem("cms.md-mode", "raw");
  var latest = null;
  var saving = false;
  var panel = null;
  var marks = [];

  // The open entry, from the editor's address: #/collections/findings/entries/vive-2023/heard.
  function openEntry() {
    var match = /^#\/collections\/([^/]+)\/entries\/(.+)$/.exec(location.hash);
    return match ? { collection: match[1], slug: decodeURIComponent(match[2]) } : null;
  }

  // input/findings/vive-2023/heard.da.md → { collection: findings, slug: vive-2023/heard, lang: da }.
  function entryOf(file) {
    var prefix = contentFolder + "/";
    if (file.indexOf(prefix) !== 0) return null;
    var rest = file.slice(prefix.length);
    var slash = rest.indexOf("/");
    if (slash < 0) return null;
    var name = rest.slice(slash + 1);
    var md = /^(.+)\.([a-z]{2,3}(?:-[a-z0-9]+)?)\.md$/i.exec(name);
    if (md) return { collection: rest.slice(0, slash), slug: md[1], lang: md[2] };
    var yml = /^(.+)\.ya?ml$/i.exec(name);
    return yml ? { collection: rest.slice(0, slash), slug: yml[1], lang: null } : null;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    node.className = className;
    if (text) node.textContent = text; // never innerHTML: messages quote content
    return node;
  }

  function clearMarks() {
    marks.forEach(function (mark) { mark.node.remove(); });
    marks = [];
  }

  // The label of a field in the pane of a language: Decap names a field's control "<key>-field-<n>", one per pane.
  function labelOf(key, lang) {
    var labels = document.querySelectorAll('label[for^="' + CSS.escape(key) + '-field-"]');
    if (labels.length === 0) return null;
    var index = lang ? languages.indexOf(lang) : 0;
    return labels[index >= 0 && index < labels.length ? index : 0];
  }

  function show() {
    var entry = openEntry();
    var problems = latest ? latest.problems : [];
    var here = [];
    var elsewhere = [];
    problems.forEach(function (problem) {
      var of = entryOf(problem.file);
      if (entry && of && of.collection === entry.collection && of.slug === entry.slug) here.push({ problem: problem, lang: of.lang });
      else elsewhere.push(problem);
    });
    // Beside the fields: kept while the editor re-renders, put back when a field appears again.
    marks = marks.filter(function (mark) { return mark.node.isConnected || (mark.node.remove(), false); });
    here.forEach(function (item) {
      if (!item.problem.key) return;
      var id = item.problem.file + ":" + item.problem.line + ":" + item.problem.message;
      if (marks.some(function (mark) { return mark.id === id; })) return;
      var label = labelOf(item.problem.key, item.lang);
      if (!label) return;
      var node = element("p", "guidance-cms-problem", item.problem.message);
      node.setAttribute("role", "alert");
      node.setAttribute("data-key", item.problem.key);
      label.insertAdjacentElement("afterend", node);
      marks.push({ id: id, node: node });
    });
    showPanel(here, elsewhere);
  }

  function showPanel(here, elsewhere) {
    var status = saving ? words.checking : latest && latest.problems.length === 0 && latest.saved ? words.none : null;
    if (!status && here.length === 0 && elsewhere.length === 0) {
      if (panel) { panel.remove(); panel = null; }
      return;
    }
    if (!panel) {
      panel = element("section", "guidance-cms-panel");
      panel.setAttribute("role", "status");
      panel.setAttribute("aria-live", "polite");
      body.appendChild(panel);
    }
    panel.replaceChildren();
    panel.classList.toggle("has-problems", here.length + elsewhere.length > 0);
    if (status && here.length + elsewhere.length === 0) panel.appendChild(element("p", "guidance-cms-status", status));
    if (here.length + elsewhere.length > 0) {
      panel.appendChild(element("h2", "", words.title));
      var list = element("ul", "");
      here.forEach(function (item) {
        list.appendChild(element("li", "", item.problem.file + ":" + item.problem.line + ": " + item.problem.message));
      });
      panel.appendChild(list);
      if (elsewhere.length > 0) {
        panel.appendChild(element("h3", "", words.other));
        var others = element("ul", "");
        elsewhere.forEach(function (problem) { others.appendChild(element("li", "", problem.file + ":" + problem.line + ": " + problem.message)); });
        panel.appendChild(others);
      }
    }
  }

  function ask(since) {
    fetch(since === null ? endpoint : endpoint + "?since=" + since, { cache: "no-store" })
      .then(function (response) {
        if (!response.ok) throw new Error("no local backend");
        return response.json();
      })
      .then(function (state) {
        if (latest && state.version !== latest.version) {
          clearMarks();
          state.saved = saving || latest.saved;
          saving = false;
        }
        latest = state;
        show();
        ask(state.version);
      })
      .catch(function () { /* not served by `guidance serve --edit`: nothing to show */ });
  }

  if (window.CMS && window.CMS.registerEventListener) {
    window.CMS.registerEventListener({
      name: "postSave",
      handler: function () { saving = true; show(); },
    });
  }
  window.addEventListener("hashchange", function () { clearMarks(); if (latest) latest.saved = false; show(); });
  new MutationObserver(function () { if (latest && latest.problems.length > 0) show(); })
    .observe(document.body, { childList: true, subtree: true });
  ask(null);
})();
