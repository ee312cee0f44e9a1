// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // Glossary tooltips: Escape hides an open definition (WCAG 1.4.13); it shows again on the next hover or focus.
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Escape") return;
    Array.prototype.forEach.call(document.querySelectorAll(".term:hover, .term:focus-within"), function (term) {
      term.classList.add("tip-dismissed");
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll(".term"), function (term) {
    function reset() { term.classList.remove("tip-dismissed"); }
    term.addEventListener("mouseenter", reset);
    term.addEventListener("focusin", reset);
  });
})();

(function () {
  "use strict";
  // Findings index: narrow the list by perspective and evidence type, in the browser.
  var form = document.querySelector("form.filters");
  if (!form) return;
  var cards = Array.prototype.slice.call(document.querySelectorAll(".filterable > li"));
  var status = form.querySelector(".filter-status");
  var template = form.getAttribute("data-shown-template") || "{shown}/{total}";
  function apply() {
    var perspective = form.elements.perspective.value;
    var evidence = form.elements.evidence.value;
    var shown = 0;
    cards.forEach(function (card) {
      var match = (!perspective || card.getAttribute("data-perspective") === perspective) &&
                  (!evidence || card.getAttribute("data-evidence") === evidence);
      card.hidden = !match;
      if (match) shown++;
    });
    status.textContent = template.replace("{shown}", shown).replace("{total}", cards.length);
  }
  form.hidden = false;
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  apply();
})();

(function () {
  "use strict";
  // The offline copy: this language's service worker keeps its pages and search index (offline/sw.js), and the
  // notice says so while the browser is offline. Not under `guidance serve`, whose pages change with every edit.
  var notice = document.querySelector(".offline-notice");
  if (!notice) return;
  function show() { notice.hidden = navigator.onLine !== false; }
  window.addEventListener("online", show);
  window.addEventListener("offline", show);
  show();
  var preview = document.querySelector('script[src*="live-reload"]'); // added by the preview server
  if (!("serviceWorker" in navigator) || preview) return;
  // After the page has loaded: the first visit downloads the language's files, which must not slow the page itself.
  function register() {
    navigator.serviceWorker.register(notice.getAttribute("data-worker"), { scope: notice.getAttribute("data-scope") })
      .catch(function () { /* no worker, no offline copy: the site works online as before */ });
  }
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register);
})();

(function () {
  "use strict";
  // Print: the address of each link in the text, absolute and as published (the canonical URL's host), for
  // site.css to write after the link on paper. Links within the page and to glossary terms are left out.
  var canonical = document.querySelector('link[rel="canonical"]');
  if (!canonical) return;
  Array.prototype.forEach.call(document.querySelectorAll("main a[href]"), function (link) {
    var href = link.getAttribute("href");
    if (href.charAt(0) === "#" || link.closest(".heading-link, .term, .breadcrumbs, .permalink, nav")) return;
    var url;
    try { url = new URL(href, canonical.href).href; } catch (e) { return; } // not a URL: printed as it is
    if (link.textContent.trim() !== url) link.setAttribute("data-print-url", url); // a written-out address needs no repeat
  });
})();
