// Prints the date on printed pages (the page itself is the same for everyone, so cacheable).
(function () {
  "use strict";
  function stamp() {
    var today = new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
    document.querySelectorAll("[data-print-date]").forEach(function (node) { node.textContent = today; });
  }
  window.addEventListener("beforeprint", stamp);
  stamp();
})();
