// The query editor of /query: YASGUI (bundled in the server's jar) on this server's /sparql,
// with buttons that open the example queries listed on the page. No request leaves this server:
// only the local autocompleters (variables, prefixes) are enabled.
(function () {
  "use strict";
  var element = document.getElementById("yasgui");
  if (!element || typeof Yasgui === "undefined") {
    return;
  }
  var endpoint = new URL(element.getAttribute("data-endpoint") || "/sparql", window.location.href).href;
  element.textContent = "";
  var yasgui = new Yasgui(element, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    persistenceId: "diligentia-query-editor",
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    yasqe: { autocompleters: ["variables", "prefixes"] }
  });

  function open(name, text) {
    yasgui.addTab(true, { name: name, yasqe: { value: text }, requestConfig: { endpoint: endpoint } });
  }

  var buttons = document.querySelectorAll("button.open-example");
  buttons.forEach(function (button) {
    var code = document.getElementById(button.getAttribute("data-example"));
    if (!code) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      open(button.getAttribute("data-name"), code.textContent);
      element.scrollIntoView({ behavior: "smooth" });
    });
  });

  // On a first visit, start with the first example rather than YASGUI's default query.
  var seen = "diligentia-query-editor-seen";
  try {
    if (!window.localStorage.getItem(seen) && buttons.length > 0) {
      var first = document.getElementById(buttons[0].getAttribute("data-example"));
      if (first) {
        yasgui.getTab().setQuery(first.textContent);
      }
      window.localStorage.setItem(seen, "1");
    }
  } catch (e) {
    // Storage may be unavailable (private mode); the editor works without it.
  }
})();
