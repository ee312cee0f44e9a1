// The root page: send the reader to the language their browser asks for. The page lists plain links
// to every language, so readers without JavaScript choose for themselves.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var offered = {};
    Array.prototype.forEach.call(document.querySelectorAll(".languages a[hreflang]"), function (a) {
      offered[a.getAttribute("hreflang")] = a.getAttribute("href");
    });
    var wanted = navigator.languages || [navigator.language || ""];
    for (var i = 0; i < wanted.length; i++) {
      var code = String(wanted[i]).toLowerCase().split("-")[0];
      if (code === "nb" || code === "nn" || code === "no") code = offered.nb ? "nb" : code;
      if (offered[code]) { window.location.replace(offered[code]); return; }
    }
  });
})();
