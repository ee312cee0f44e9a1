// The search page. Pagefind's index for this page's language (Pagefind picks it from <html lang>) answers in the
// browser. The form is a plain GET form, so the query and filters live in the URL: the search box in every page's
// header lands here with ?q=…, and a result list can be bookmarked. Without JavaScript the page says so.
(function () {
  "use strict";
  var form = document.querySelector("form.search-form");
  if (!form) return;
  var pageSize = 10;
  var text = form.dataset;
  var query = form.elements.q;
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
  var status = document.querySelector(".search-status");
  var list = document.querySelector(".search-results");
  var more = document.querySelector(".search-more");
  var waiting = [];  // results found but not shown yet
  var latest = 0;    // only the newest search may change the page
  var timer = 0;

  // Pagefind's web worker keeps its work off the page, but the worker's own requests bypass the service worker (its
  // address, /pagefind/, is outside the language's scope): where the offline copy serves the page, search runs on the page.
  var offlineCopy = !!(navigator.serviceWorker && navigator.serviceWorker.controller);
  var pagefind = import(text.pagefind).then(function (module) {
    return Promise.resolve(module.options({ baseUrl: text.baseUrl, noWorker: offlineCopy })).then(function () { return module; });
  });

  function say(template, count, term) {
    return template.replace("{count}", String(count)).replace("{query}", term);
  }

  function chosenFilters() {
    var filters = {};
    selects.forEach(function (select) { if (select.value) filters[select.name] = select.value; });
    return filters;
  }

  function readUrl() {
    var params = new URLSearchParams(window.location.search);
    query.value = params.get("q") || "";
    selects.forEach(function (select) {
      var wanted = params.get(select.name) || "";
      var known = Array.prototype.some.call(select.options, function (option) { return option.value === wanted; });
      select.value = known ? wanted : "";
    });
  }

  function writeUrl() {
    var params = new URLSearchParams();
    if (query.value.trim()) params.set("q", query.value.trim());
    selects.forEach(function (select) { if (select.value) params.set(select.name, select.value); });
    var search = params.toString();
    window.history.replaceState(null, "", search ? "?" + search : window.location.pathname);
  }

  function clear() {
    list.textContent = "";
    waiting = [];
    more.hidden = true;
  }

  // Pagefind marks the matched words with <mark>; everything else in the excerpt is kept as plain text.
  function appendExcerpt(target, html) {
    var parsed = new DOMParser().parseFromString(html, "text/html").body;
    Array.prototype.forEach.call(parsed.childNodes, function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        target.appendChild(mark);
      } else {
        target.appendChild(document.createTextNode(node.textContent));
      }
    });
  }

  function render(data) {
    var item = document.createElement("li");
    var heading = document.createElement("h2");
    var link = document.createElement("a");
    link.href = data.url;
    link.textContent = data.meta.title || data.url;
    heading.appendChild(link);
    item.appendChild(heading);

    var parts = [];
    if (data.meta.kind) parts.push(document.createTextNode(data.meta.kind));
    if (data.meta.evidence) {
      var label = document.createElement("span");
      label.className = "evidence";
      label.textContent = data.meta.evidence;
      parts.push(label);
    }
    if (data.meta.study) parts.push(document.createTextNode(data.meta.study));
    if (parts.length > 0) {
      var meta = document.createElement("p");
      meta.className = "meta";
      parts.forEach(function (part, i) {
        if (i > 0) meta.appendChild(document.createTextNode(" · "));
        meta.appendChild(part);
      });
      item.appendChild(meta);
    }

    if (data.excerpt) {
      var excerpt = document.createElement("p");
      excerpt.className = "excerpt";
      appendExcerpt(excerpt, data.excerpt);
      item.appendChild(excerpt);
    }
    return item;
  }

  async function showMore(moveFocus) {
    var search = latest;
    var batch = waiting.splice(0, pageSize);
    var pages = await Promise.all(batch.map(function (result) { return result.data(); }));
    if (search !== latest) return;
    var first = null;
    pages.forEach(function (data) {
      var item = render(data);
      list.appendChild(item);
      first = first || item;
    });
    more.hidden = waiting.length === 0;
    // A keyboard user who asked for more lands on the first new result, not back at the top.
    if (moveFocus && first) first.querySelector("a").focus();
  }

  async function search() {
    var id = ++latest;
    var term = query.value.trim();
    var filters = chosenFilters();
    writeUrl();
    if (!term && Object.keys(filters).length === 0) {
      clear();
      status.textContent = "";
      return;
    }
    status.textContent = text.searching;
    try {
      var engine = await pagefind;
      var found = await engine.search(term || null, { filters: filters });
      if (id !== latest) return;
      clear();
      waiting = found.results.slice();
      await showMore(false);
      if (id !== latest) return;
      // Announced once the results are on the page, so the count and the list agree.
      var count = found.results.length;
      status.textContent = !term ? say(text.filtered, count, "")
        : count === 0 ? say(text.none, 0, term)
        : say(count === 1 ? text.one : text.many, count, term);
    } catch (error) {
      if (id !== latest) return;
      clear();
      status.textContent = text.unavailable;
      if (window.console) window.console.error(error);
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    search();
  });
  query.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(search, 300);
  });
  selects.forEach(function (select) { select.addEventListener("change", search); });
  more.addEventListener("click", function () { showMore(true); });

  readUrl();
  search();
})();
