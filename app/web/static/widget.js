// <pregnancy-loss-topic slug="cervical-insufficiency"></pregnancy-loss-topic>
// A dependency-free web component: renders one record inside a shadow root, themeable with
// CSS custom properties (--plapi-font-family, --plapi-text, --plapi-background, --plapi-link,
// --plapi-urgent-text, --plapi-urgent-background, --plapi-urgent-border, --plapi-radius).
// Attributes: slug (required), type (optional: conditions, causes, symptoms, ...), api (the
// service's origin; defaults to where this script was loaded from).
(function () {
  "use strict";
  var script = document.currentScript;
  var DEFAULT_API = script ? new URL(script.src, document.baseURI).origin : window.location.origin;
  var SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  var TYPES = ["conditions", "causes", "symptoms", "diagnostic-tests", "treatments", "organizations", "references"];

  class PregnancyLossTopic extends HTMLElement {
    static get observedAttributes() { return ["slug", "type", "api"]; }

    connectedCallback() { this.load(); }

    attributeChangedCallback() { if (this.isConnected) this.load(); }

    load() {
      var root = this.shadowRoot || this.attachShadow({ mode: "open" });
      var api = (this.getAttribute("api") || DEFAULT_API).replace(/\/$/, "");
      var slug = this.getAttribute("slug") || "";
      var type = this.getAttribute("type") || "";
      if (!SLUG.test(slug) || (type && TYPES.indexOf(type) < 0)) {
        root.textContent = "This topic could not be shown: its name is not valid.";
        return;
      }
      var styles = '<link rel="stylesheet" href="' + api + '/static/app/widget.css">';
      root.innerHTML = styles + '<p class="status" role="status">Loading information…</p>';
      this.setAttribute("aria-busy", "true");
      var self = this;
      fetch(api + "/fragments/" + (type ? type + "/" : "") + slug, { mode: "cors" })
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
          root.innerHTML = styles + '<p class="status" role="alert">This information could not be loaded. ' +
            '<a href="' + api + '/">Open the Pregnancy Loss Information pages</a>.</p>';
        })
        .finally(function () { self.removeAttribute("aria-busy"); });
    }
  }

  if (!window.customElements.get("pregnancy-loss-topic")) {
    window.customElements.define("pregnancy-loss-topic", PregnancyLossTopic);
  }
})();
