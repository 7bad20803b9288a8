// Prints the date on printed pages (the page itself is the same for everyone, so cacheable),
// as the page's language writes it: "29 November 2026", "29 de noviembre de 2026".
(function () {
  "use strict";
  var locale = document.documentElement.lang === "es" ? "es" : "en-GB";
  function stamp() {
    var today = new Date().toLocaleDateString(locale, { day: "numeric", month: "long", year: "numeric" });
    document.querySelectorAll("[data-print-date]").forEach(function (node) { node.textContent = today; });
  }
  window.addEventListener("beforeprint", stamp);
  stamp();
})();
