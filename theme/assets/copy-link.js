// Links to a section or a page copy their lasting address to the clipboard and say so in a polite status
// message. Without this file (or without a clipboard) they are plain links: to the section, or to the page itself.
(function () {
  "use strict";
  var status = document.querySelector(".copy-status");
  if (!status || !navigator.clipboard || !window.isSecureContext) return;

  var canonical = document.querySelector("link[rel=canonical]");
  var timer = 0;

  // The canonical address, not the one in the address bar: a trainer may be reading a preview or a mirror.
  function addressOf(link) {
    var page = canonical ? canonical.href : window.location.href.split("#")[0];
    return link.hash ? page + link.hash : page;
  }

  function announce(text) {
    window.clearTimeout(timer);
    // Emptied first, so that the same message is announced again on the next copy.
    status.textContent = "";
    window.setTimeout(function () { status.textContent = text; }, 50);
    timer = window.setTimeout(function () { status.textContent = ""; }, 5000);
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.heading-link, a.page-link") : null;
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    // A section link still moves to its section; a page link would only reload the page.
    if (!link.hash) event.preventDefault();
    navigator.clipboard.writeText(addressOf(link)).then(
      function () { announce(status.getAttribute("data-copied")); },
      function () { announce(status.getAttribute("data-failed")); });
  });
})();
