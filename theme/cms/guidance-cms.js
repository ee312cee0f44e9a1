// The site's addition to the editor at /admin/ (Decap CMS, loaded before this file). With `guidance serve --edit`,
// a save writes the files and the preview server rebuilds the site; this script asks the server what that build
// found (/_guidance/cms/problems, long polling) and shows each problem of the open entry under the field it is about,
// in plain words, and the rest in a panel. On the published site (GitHub backend) the page lacks data-rebuilds and the
// script only sets the Markdown mode: the pull request's check reports problems there.
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

  // Two faults of Decap 3.16.3 with keys kept alike in both languages (`i18n: duplicate`), mended here for every backend.
  // 1. It copies such a key from the Danish half into the English one also when the Danish half has no value
  //    (lib/i18n.ts: duplicateI18nFields on every change, applyDefaultI18nValues on every load), and its YAML writer
  //    (yaml 1.10) writes that undefined value as `key: null`. A 'preSave' handler cannot help: Decap puts back only
  //    what it returns as the default language's data, never the other languages' (lib/registry.js invokeEvent). So the
  //    files are cleaned where they leave the editor: every backend's persistEntry drops the `key: null` lines (an empty
  //    optional value, which the build reads as absent anyway).
  // 2. The relation widget reports the value it was given as a change once it has loaded the titles
  //    (RelationControl.triggerInitialOnChange). Decap counts every change as unsaved unless the draft then equals an
  //    entry the editor holds (reducers/entryDraft.js, DRAFT_CHANGE_FIELD), and for the English half it compares with the
  //    wrong part (e.get(...dataPath), where getIn was meant): the English half's report of the study and themes marked
  //    every opening "Ugemte ændringer". The greyed-out English copy's report of its unchanged value is not passed on
  //    (the Danish half's report, which brings the titles the fields show, still is).
  function withoutNulls(raw, path) {
    var lines = raw.split("\n");
    var start = 0;
    var end = lines.length;
    if (/\.md$/i.test(path)) {
      if (lines[0] !== "---") return raw;
      start = 1;
      end = lines.indexOf("---", 1);
      if (end < 0) return raw;
    }
    var head = lines.slice(start, end);
    var indent = function (line) { return line.length - line.replace(/^ +/, "").length; };
    // The lines of a text written as a block (`reason: |-` and the lines indented under it) are the editor's words,
    // never keys: a line of them reading "Forbehold:" or "note: null" stays.
    var inText = function (lines) {
      var opener = -1;
      return lines.map(function (line) {
        if (opener >= 0 && (line.trim() === "" || indent(line) > opener)) return true;
        opener = /^ *(- )?[^\s#][^:]*: *[|>][-+0-9]* *$/.test(line) ? indent(line) : -1;
        return false;
      });
    };
    var changed = true;
    while (changed) {
      changed = false;
      var text = inText(head);
      head = head.filter(function (line, i) {
        if (text[i]) return true;
        if (/^ *(- )?[A-Za-z_][\w-]*: *null *$/.test(line)) { changed = true; return false; }
        // A mapping whose keys were all empty is empty itself.
        if (/^ *[A-Za-z_][\w-]*: *$/.test(line)) {
          var next = head[i + 1];
          var nested = next !== undefined && (indent(next) > indent(line) || (indent(next) === indent(line) && /^ *- /.test(next)));
          if (!nested) { changed = true; return false; }
        }
        return true;
      });
    }
    return lines.slice(0, start).concat(head, lines.slice(end)).join("\n");
  }
  if (window.CMS && window.CMS.getBackend) {
    ["github", "proxy", "test-repo"].forEach(function (name) {
      var registered = window.CMS.getBackend(name);
      if (!registered) return;
      var init = registered.init;
      registered.init = function () {
        var backend = init.apply(this, arguments);
        var persist = backend.persistEntry;
        backend.persistEntry = function (entry, options) {
          (entry.dataFiles || []).forEach(function (file) { if (typeof file.raw === "string") file.raw = withoutNulls(file.raw, file.path); });
          return persist.call(backend, entry, options);
        };
        return backend;
      };
    });
  }
  if (window.CMS && window.CMS.getWidget && window.createClass && window.h) {
    var relation = window.CMS.getWidget("relation");
    if (relation) {
      var Relation = relation.control;
      relation.control = window.createClass({
        // One handler for the life of the control (the relation widget keeps the first it is given), reading the props of the moment.
        handleChange: function (value, metadata) {
          var props = this.props;
          var same = value === props.value || (value && props.value && typeof value.equals === "function" && value.equals(props.value));
          if (same && props.isDisabled) return; // the English half's copy: the Danish half reports the same
          props.onChange(value, metadata);
        },
        // Decap's form asks the control whether to redraw; the relation widget's answer (a new value, or new search results) stands.
        shouldComponentUpdate: function (next) {
          var own = Relation.prototype && Relation.prototype.shouldComponentUpdate;
          return own ? own.call(this, next) : true;
        },
        render: function () {
          return window.h(Relation, Object.assign({}, this.props, { onChange: this.handleChange }));
        },
      });
    }
  }
  // Started here, once mended (guidance-cms-init.js holds Decap back until now).
  if (window.CMS && window.CMS_MANUAL_INIT) window.CMS.init();
  // Only `serve --edit` rebuilds after a save: on the published site nothing is asked and nothing is promised.
  if (!body.hasAttribute("data-rebuilds")) return;
  var latest = null;
  var saving = false;
  var panel = null;
  var marks = [];
  var counter = 0;
  var shown = null; // what the panel shows, so an unchanged panel is not rebuilt
  var scheduled = false;

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
    marks.forEach(function (mark) {
      mark.node.remove();
      if (mark.control) mark.control.removeAttribute("aria-describedby");
    });
    marks = [];
  }

  // The label of a field in the pane of a language. Decap 3.16 labels a field's control "<key>-field-<n>" (n counts the
  // form's fields, in the Danish pane first), so the labels of a key are one per pane, in the order of the languages.
  function labelOf(key, lang) {
    var pattern = new RegExp("^" + key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "-field-\\d+$");
    var labels = Array.prototype.filter.call(document.querySelectorAll("label[for]"), function (label) { return pattern.test(label.htmlFor); });
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
    // Beside the fields: under the bar with the field's label, above its control. Decap re-renders its form (a new
    // entry's form is replaced after the save), so a mark whose field went is dropped and put back when it returns.
    marks = marks.filter(function (mark) { return mark.node.isConnected || (mark.node.remove(), false); });
    here.forEach(function (item) {
      if (!item.problem.key) return;
      var id = item.problem.file + ":" + item.problem.line + ":" + item.problem.message;
      if (marks.some(function (mark) { return mark.id === id; })) return;
      var label = labelOf(item.problem.key, item.lang);
      if (!label) return;
      var node = element("p", "guidance-cms-problem", item.problem.message);
      node.id = "guidance-cms-problem-" + (++counter);
      node.setAttribute("role", "alert");
      node.setAttribute("data-key", item.problem.key);
      var after = label.parentElement; // Decap's bar holding the label; the field's control follows it
      while (after.nextElementSibling && after.nextElementSibling.classList.contains("guidance-cms-problem")) after = after.nextElementSibling;
      after.insertAdjacentElement("afterend", node);
      var control = document.getElementById(label.htmlFor);
      if (control) control.setAttribute("aria-describedby", ((control.getAttribute("aria-describedby") || "") + " " + node.id).trim());
      marks.push({ id: id, node: node, control: control });
    });
    showPanel(here, elsewhere);
  }

  // A problem as the build prints it: file:line: message.
  function lineOf(problem) {
    return problem.file + ":" + problem.line + ": " + problem.message;
  }

  function showPanel(here, elsewhere) {
    var status = saving ? words.checking : latest && latest.problems.length === 0 && latest.saved ? words.none : null;
    var lines = here.map(function (item) { return item.problem; }).concat(elsewhere).map(lineOf);
    var signature = JSON.stringify([status, here.length, lines]);
    if (signature === shown && (panel !== null) === (status !== null || lines.length > 0)) return;
    shown = signature;
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
      lines.slice(0, here.length).forEach(function (line) { list.appendChild(element("li", "", line)); });
      panel.appendChild(list);
      if (elsewhere.length > 0) {
        panel.appendChild(element("h3", "", words.other));
        var others = element("ul", "");
        lines.slice(here.length).forEach(function (line) { others.appendChild(element("li", "", line)); });
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
  // Decap renders the form after this script runs and again on every change: place the marks once a render is done.
  // Only the editor's own changes count; reacting to the marks and the panel this script adds would never stop
  // (that loop froze the editor's page as soon as a build had problems).
  function ours(node) {
    return node.nodeType === 1 ? node.closest(".guidance-cms-problem, .guidance-cms-panel") !== null
      : node.parentElement !== null && ours(node.parentElement);
  }
  function theirs(record) {
    if (ours(record.target)) return false;
    var nodes = Array.prototype.slice.call(record.addedNodes).concat(Array.prototype.slice.call(record.removedNodes));
    return nodes.length === 0 || !nodes.every(function (node) { return node.nodeType === 1 && node.classList.contains("guidance-cms-problem"); });
  }
  new MutationObserver(function (records) {
    if (scheduled || !latest || latest.problems.length === 0 || !records.some(theirs)) return;
    scheduled = true;
    requestAnimationFrame(function () { scheduled = false; show(); });
  }).observe(document.body, { childList: true, subtree: true });
  ask(null);
})();
