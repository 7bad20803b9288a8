// <pregnancy-loss-topic slug="cervical-insufficiency" lang="es"></pregnancy-loss-topic>
// A dependency-free web component: renders one record inside a shadow root, themeable with
// CSS custom properties (--plapi-font-family, --plapi-text, --plapi-background, --plapi-link,
// --plapi-urgent-text, --plapi-urgent-background, --plapi-urgent-border, --plapi-radius).
// Attributes: slug (required), type (optional: conditions, causes, symptoms, ...), api (the
// service's origin; defaults to where this script was loaded from), lang (en or es; as HTML's
// lang, it may be set on the element or inherited from the page: es-MX is es, any language
// the service does not serve is English).
(function () {
  "use strict";
  var script = document.currentScript;
  var DEFAULT_API = script ? new URL(script.src, document.baseURI).origin : window.location.origin;
  var SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  var TYPES = ["conditions", "causes", "symptoms", "diagnostic-tests", "treatments", "organizations", "references"];
  // The component's own words, in each language it is served in; its pages live under PREFIX.
  var WORDS = {
    en: {
      invalid: "This topic could not be shown: its name is not valid.",
      loading: "Loading information…",
      failed: "This information could not be loaded.",
      pages: "Open the Pregnancy Loss Information pages",
    },
    es: {
      invalid: "No se puede mostrar este tema: su nombre no es válido.",
      loading: "Cargando la información…",
      failed: "No se pudo cargar esta información.",
      pages: "Abrir las páginas de Información sobre la pérdida del embarazo",
    },
  };
  var PREFIX = { en: "", es: "/es" };

  // The language to show: the element's lang, or the nearest one above it, as HTML inherits it.
  function languageOf(element) {
    var declared = element.closest("[lang]");
    var primary = declared ? declared.getAttribute("lang").toLowerCase().split("-")[0] : "en";
    return WORDS.hasOwnProperty(primary) ? primary : "en";
  }

  class PregnancyLossTopic extends HTMLElement {
    static get observedAttributes() { return ["slug", "type", "api", "lang"]; }

    connectedCallback() { this.load(); }

    attributeChangedCallback() { if (this.isConnected) this.load(); }

    load() {
      var root = this.shadowRoot || this.attachShadow({ mode: "open" });
      var api = (this.getAttribute("api") || DEFAULT_API).replace(/\/$/, "");
      var slug = this.getAttribute("slug") || "";
      var type = this.getAttribute("type") || "";
      var language = languageOf(this);
      var words = WORDS[language];
      if (!SLUG.test(slug) || (type && TYPES.indexOf(type) < 0)) {
        root.textContent = words.invalid;
        return;
      }
      var styles = '<link rel="stylesheet" href="' + api + '/static/app/widget.css">';
      root.innerHTML = styles + '<p class="status" role="status">' + words.loading + "</p>";
      this.setAttribute("aria-busy", "true");
      var self = this;
      fetch(api + PREFIX[language] + "/fragments/" + (type ? type + "/" : "") + slug, { mode: "cors" })
        .then(function (response) {
          if (!response.ok) throw new Error(String(response.status));
          return response.text();
        })
        .then(function (html) {
          // The fragment is rendered and sanitised by the service; links become absolute.
          root.innerHTML = styles + html;
          root.querySelectorAll('a[href^="/"]').forEach(function (link) {
            link.href = api + link.getAttribute("href");
          });
        })
        .catch(function () {
          root.innerHTML = styles + '<p class="status" role="alert">' + words.failed + " " +
            '<a href="' + api + PREFIX[language] + '/">' + words.pages + "</a>.</p>";
        })
        .finally(function () { self.removeAttribute("aria-busy"); });
    }
  }

  if (!window.customElements.get("pregnancy-loss-topic")) {
    window.customElements.define("pregnancy-loss-topic", PregnancyLossTopic);
  }
})();
