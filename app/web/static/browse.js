// Search-as-you-type for the browse page, in the page's language. Without JavaScript, the form
// still works. Names are offered only in the page's own language: suggestions answering in
// another (Content-Language says so) are not shown.
(function () {
  "use strict";
  var input = document.getElementById("q");
  var list = document.getElementById("suggestions");
  if (!input || !list || !window.fetch) return;
  var lang = document.documentElement.lang || "en";
  var prefix = lang === "en" ? "" : "/" + lang;
  var timer = null;
  var active = -1;
  var items = [];

  function close() {
    list.hidden = true;
    list.textContent = "";
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
    items = [];
  }

  function select(index) {
    items.forEach(function (node, i) { node.setAttribute("aria-selected", i === index ? "true" : "false"); });
    active = index;
    if (index >= 0) input.setAttribute("aria-activedescendant", items[index].id);
  }

  function show(suggestions) {
    close();
    suggestions.forEach(function (suggestion, i) {
      var option = document.createElement("li");
      option.id = "suggestion-" + i;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.textContent = suggestion.text === suggestion.name ? suggestion.name : suggestion.text + " (" + suggestion.name + ")";
      var href = prefix + "/" + suggestion.type + "/" + suggestion.slug;
      option.addEventListener("mousedown", function (event) {
        event.preventDefault();
        window.location.href = href;
      });
      option.dataset.href = href;
      list.appendChild(option);
      items.push(option);
    });
    if (items.length) {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    var value = input.value.trim();
    if (!value) { close(); return; }
    timer = setTimeout(function () {
      fetch("/v1/search/suggest?lang=" + lang + "&q=" + encodeURIComponent(value))
        .then(function (response) {
          var inLanguage = response.headers.get("Content-Language") === lang;
          return response.ok && inLanguage ? response.json() : { items: [] };
        })
        .then(function (body) { if (input.value.trim() === value) show(body.items); })
        .catch(close);
    }, 120);
  });

  input.addEventListener("keydown", function (event) {
    if (list.hidden) return;
    if (event.key === "ArrowDown") { event.preventDefault(); select(Math.min(active + 1, items.length - 1)); }
    else if (event.key === "ArrowUp") { event.preventDefault(); select(Math.max(active - 1, 0)); }
    else if (event.key === "Escape") { close(); }
    else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      window.location.href = items[active].dataset.href;
    }
  });
  input.addEventListener("blur", function () { setTimeout(close, 150); });
})();
