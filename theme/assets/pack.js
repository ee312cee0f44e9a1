// A trainer's pack: findings and recommendations gathered for a course or a meeting, kept in this browser
// (localStorage, one pack per language), with no server. Two parts share it:
// - "Add to my pack" on a finding's or recommendation's page (.pack-control), hidden without this script;
// - the pack page (.pack), which orders, prints, downloads the references of and shares the pack. What it shows of
//   each item comes from the data file the build writes beside the page (items.json, kept by the offline copy).
// A pack travels as a link: <pack page>#t=<title>&i=<id>,<id>; opening it makes it the pack in that browser.
(function () {
  "use strict";

  // The pack page's URL names the pack: one per language and per site.
  function storageKey(packUrl) { return "guidance-pack:" + packUrl; }

  function load(key) {
    try {
      var pack = JSON.parse(window.localStorage.getItem(key) || "null");
      if (pack && Array.isArray(pack.items)) {
        return { title: typeof pack.title === "string" ? pack.title : "", items: pack.items.filter(function (id) { return typeof id === "string"; }) };
      }
    } catch (e) { /* unreadable or no storage: an empty pack */ }
    return { title: "", items: [] };
  }

  function save(key, pack) {
    try { window.localStorage.setItem(key, JSON.stringify(pack)); } catch (e) { /* storage full or refused */ }
  }

  function announce(status, text) {
    // Emptied first, so that the same message is announced again.
    status.textContent = "";
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) { return name in values ? String(values[name]) : all; });
  }

  // --- "Add to my pack" on a finding or recommendation ---------------------------------------------------------
  var control = document.querySelector(".pack-control");
  if (control) {
    var toggle = control.querySelector(".pack-toggle");
    var controlStatus = control.querySelector(".pack-status");
    var id = control.getAttribute("data-id");
    var key = storageKey(control.getAttribute("data-pack"));
    var showState = function () {
      var inPack = load(key).items.indexOf(id) >= 0;
      toggle.textContent = control.getAttribute(inPack ? "data-remove" : "data-add");
    };
    toggle.addEventListener("click", function () {
      var pack = load(key);
      var at = pack.items.indexOf(id);
      if (at >= 0) pack.items.splice(at, 1); else pack.items.push(id);
      save(key, pack);
      showState();
      announce(controlStatus, control.getAttribute(at >= 0 ? "data-removed" : "data-added"));
    });
    // Another tab may change the pack (the pack page, another finding).
    window.addEventListener("storage", showState);
    showState();
    control.hidden = false;
  }

  // --- The pack page -----------------------------------------------------------------------------------------
  var root = document.querySelector("article.pack");
  if (!root) return;
  var text = function (name) { return root.getAttribute("data-" + name) || ""; };
  var packKey = storageKey(text("pack"));
  var previousKey = packKey + ":previous";
  var app = root.querySelector(".pack-app");
  var list = root.querySelector(".pack-items");
  var heading = root.querySelector(".pack-heading");
  var titleInput = root.querySelector("#pack-title");
  var shareInput = root.querySelector("#pack-share");
  var empty = root.querySelector(".pack-empty");
  var references = root.querySelector(".pack-references");
  var status = root.querySelector(".pack-status");
  var canonical = document.querySelector('link[rel="canonical"]');
  var base = canonical ? canonical.href : window.location.href.split("#")[0];
  var data = null;
  var pack = load(packKey);

  function absolute(url) { try { return new URL(url, base).href; } catch (e) { return url; } }

  // "#t=Title&i=a,b": the pack a shared link carries, or null.
  function fromHash(hash) {
    if (!hash || hash.length < 2) return null;
    var shared = { title: "", items: [] };
    var found = false;
    hash.slice(1).split("&").forEach(function (part) {
      var eq = part.indexOf("=");
      if (eq < 0) return;
      var name = part.slice(0, eq), value = part.slice(eq + 1);
      try {
        if (name === "t") { shared.title = decodeURIComponent(value); found = true; }
        if (name === "i") {
          shared.items = value.split(",").map(decodeURIComponent).filter(function (v) { return v.length > 0; });
          found = true;
        }
      } catch (e) { /* a damaged link: what can be read of it */ }
    });
    return found ? shared : null;
  }

  function shareUrl() {
    return base.split("#")[0] + "#t=" + encodeURIComponent(pack.title) + "&i=" + pack.items.map(encodeURIComponent).join(",");
  }

  function element(name, className, content) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (content !== undefined) node.textContent = content;
    return node;
  }

  // The studies of the pack's items, each once, in the order of the reference list (APA: by the reference's text).
  function studiesOfPack() {
    var seen = {};
    var ids = [];
    pack.items.forEach(function (id) {
      var item = data.items[id];
      if (!item) return;
      item.studies.forEach(function (study) {
        if (!seen[study] && data.studies[study]) { seen[study] = true; ids.push(study); }
      });
    });
    var lang = document.documentElement.lang;
    return ids.sort(function (a, b) { return data.studies[a].apa.localeCompare(data.studies[b].apa, lang); });
  }

  function render(focus) {
    heading.textContent = pack.title || text("default-title");
    document.title = document.title.replace(/^[^·]*·/, (pack.title || text("default-title")) + " ·");
    if (document.activeElement !== titleInput) titleInput.value = pack.title;
    shareInput.value = shareUrl();
    empty.hidden = pack.items.length > 0;
    list.textContent = "";
    pack.items.forEach(function (id, index) {
      var item = data.items[id];
      var li = element("li", "pack-item");
      li.setAttribute("data-id", id);
      var title = item ? item.title : id;
      var titleId = "pack-item-" + index;
      li.appendChild(element("p", "kicker", (item ? item.kindName + " · " : "") +
        fill(text("position"), { position: index + 1, count: pack.items.length })));
      var h = element("h3", "pack-item-title");
      h.id = titleId;
      if (item) {
        var link = element("a", null, item.title);
        link.href = item.url;
        link.setAttribute("data-print-url", absolute(item.url));
        h.appendChild(link);
      } else {
        h.textContent = id;
      }
      li.appendChild(h);
      if (item && item.summary) li.appendChild(element("p", "lead", item.summary));
      if (item && item.studies.length > 0) {
        var cites = item.studies.filter(function (s) { return data.studies[s]; })
          .map(function (s) { return data.studies[s].title + " – " + data.studies[s].cite; });
        var source = element("p", "pack-item-source");
        source.appendChild(element("strong", null, (item.kind === "finding" ? text("study") : text("based-on")) + ": "));
        source.appendChild(document.createTextNode(cites.join("; ")));
        li.appendChild(source);
      }
      if (!item) li.appendChild(element("p", "meta", text("missing")));
      var controls = element("p", "pack-item-controls");
      [["up", index === 0], ["down", index === pack.items.length - 1], ["remove", false]].forEach(function (action) {
        var button = element("button", "pack-" + action[0], text(action[0]));
        button.type = "button";
        button.setAttribute("data-action", action[0]);
        button.setAttribute("data-index", String(index));
        button.setAttribute("aria-label", text(action[0]) + ": " + title);
        if (action[1]) button.disabled = true;
        controls.appendChild(button);
      });
      li.appendChild(controls);
      list.appendChild(li);
    });
    var studies = studiesOfPack();
    var referenceList = references.querySelector(".references");
    referenceList.textContent = "";
    studies.forEach(function (study) { referenceList.appendChild(element("li", "citation", data.studies[study].apa)); });
    references.hidden = studies.length === 0;
    if (focus) focus();
  }

  function change(focus) {
    save(packKey, pack);
    render(focus);
  }

  function focusButton(index, action) {
    return function () {
      var item = list.children[index];
      if (!item) { titleInput.focus(); return; }
      var button = item.querySelector('[data-action="' + action + '"]');
      // At the top or bottom the button it was is disabled: the other move button keeps the keyboard's place.
      if (button.disabled) button = item.querySelector('[data-action="' + (action === "up" ? "down" : "up") + '"]');
      if (button.disabled) button = item.querySelector('[data-action="remove"]');
      button.focus();
    };
  }

  list.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button[data-action]") : null;
    if (!button) return;
    var index = Number(button.getAttribute("data-index"));
    var action = button.getAttribute("data-action");
    var id = pack.items[index];
    var title = data.items[id] ? data.items[id].title : id;
    if (action === "remove") {
      pack.items.splice(index, 1);
      change(focusButton(Math.min(index, pack.items.length - 1), "remove"));
      announce(status, fill(text("removed"), { title: title }));
      return;
    }
    var to = action === "up" ? index - 1 : index + 1;
    if (to < 0 || to >= pack.items.length) return;
    pack.items.splice(index, 1);
    pack.items.splice(to, 0, id);
    change(focusButton(to, action));
    announce(status, fill(text("moved"), { title: title, position: to + 1, count: pack.items.length }));
  });

  titleInput.addEventListener("input", function () {
    pack.title = titleInput.value;
    change();
  });

  root.querySelector(".pack-print").addEventListener("click", function () { window.print(); });

  function fileName(extension) {
    var slug = (pack.title || text("file-name")).toLowerCase()
      .replace(/æ/g, "ae").replace(/ø/g, "oe").replace(/å/g, "aa")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
    return (slug || text("file-name")) + extension;
  }

  function download(content, type, extension) {
    var url = URL.createObjectURL(new Blob([content], { type: type }));
    var link = document.createElement("a");
    link.href = url;
    link.download = fileName(extension);
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  root.querySelector(".pack-ris").addEventListener("click", function () {
    download(studiesOfPack().map(function (s) { return data.studies[s].ris; }).join("\r\n"), "application/x-research-info-systems", ".ris");
  });
  root.querySelector(".pack-bib").addEventListener("click", function () {
    download(studiesOfPack().map(function (s) { return data.studies[s].bib; }).join("\n"), "application/x-bibtex", ".bib");
  });

  root.querySelector(".pack-copy").addEventListener("click", function () {
    var failed = function () { shareInput.select(); announce(status, text("copy-failed")); };
    if (!navigator.clipboard || !window.isSecureContext) { failed(); return; }
    navigator.clipboard.writeText(shareInput.value).then(function () { announce(status, text("copied")); }, failed);
  });

  // A shared link: its pack becomes this browser's pack; a different pack kept here can be brought back.
  var restore = root.querySelector(".pack-restore");
  var sharedNotice = root.querySelector(".pack-shared");
  function adoptShared() {
    var shared = fromHash(window.location.hash);
    if (!shared) return false;
    var same = shared.title === pack.title && shared.items.join(",") === pack.items.join(",");
    if (!same && pack.items.length > 0) {
      save(previousKey, pack);
      sharedNotice.hidden = false;
    }
    pack = shared;
    save(packKey, pack);
    // The address goes back to the page's own, so that a reload shows the pack as it is kept, edits and all.
    if (window.history.replaceState) window.history.replaceState(null, "", window.location.pathname + window.location.search);
    return true;
  }
  adoptShared();
  // A shared link opened where the pack page already is changes only the fragment.
  window.addEventListener("hashchange", function () { if (adoptShared() && data) render(); });
  restore.addEventListener("click", function () {
    pack = load(previousKey);
    try { window.localStorage.removeItem(previousKey); } catch (e) { /* no storage */ }
    sharedNotice.hidden = true;
    change(function () { titleInput.focus(); });
    announce(status, text("restored"));
  });

  window.addEventListener("storage", function (event) {
    if (event.key !== packKey || !data) return;
    pack = load(packKey);
    render();
  });

  fetch(text("items"))
    .then(function (response) { if (!response.ok) throw new Error(String(response.status)); return response.json(); })
    .then(function (loaded) {
      data = loaded;
      app.hidden = false;
      render();
    })
    .catch(function () { root.querySelector(".pack-unavailable").hidden = false; });
})();
