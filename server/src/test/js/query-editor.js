// Runs the query editor page (/query) of a live server in jsdom, as a browser would: loads the page
// and its scripts from the server, checks that YASGUI starts on the first example, opens another
// example from its button, runs a query against /sparql and reads the results table.
// Usage: NODE_PATH=server/target/frontend/node_modules node query-editor.js http://127.0.0.1:PORT
// Prints one JSON object. jsdom has no layout, so the few browser APIs YASGUI touches for layout are
// stubbed; fetch and its classes are Node's own.
"use strict";
const { JSDOM, ResourceLoader, VirtualConsole } = require("jsdom");

const base = process.argv[2];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(test, ms) {
  for (let waited = 0; waited < ms; waited += 100) {
    if (test()) return true;
    await sleep(100);
  }
  return test();
}

(async () => {
  const html = await (await fetch(base + "/query")).text();
  const errors = [];
  const loaded = [];
  const console_ = new VirtualConsole();
  console_.on("jsdomError", (e) => {
    const message = String(e.message || e);
    if (!message.includes("Not implemented")) errors.push(message);
  });
  // Every script, stylesheet and request the page makes is recorded: all must go to this server.
  class RecordingLoader extends ResourceLoader {
    fetch(url, options) {
      loaded.push(url);
      return super.fetch(url, options);
    }
  }
  const dom = new JSDOM(html, {
    url: base + "/query", runScripts: "dangerously", resources: new RecordingLoader(), pretendToBeVisual: true,
    virtualConsole: console_,
    beforeParse(window) {
      window.document.createRange = () => ({ setStart() {}, setEnd() {}, getBoundingClientRect: () => ({}),
        getClientRects: () => [], commonAncestorContainer: window.document.body });
      window.HTMLElement.prototype.scrollIntoView = function () {};
      window.fetch = (input, init) => {
        loaded.push(String(input instanceof Request ? input.url : new URL(String(input), base)));
        return fetch(input instanceof Request ? input : new URL(String(input), base), init);
      };
      window.Request = Request;
      window.Headers = Headers;
      window.Response = Response;
      window.AbortController = AbortController;
    },
  });
  const window = dom.window;
  const document = window.document;
  const editors = () => [...document.querySelectorAll(".CodeMirror")].map((e) => e.CodeMirror).filter(Boolean);
  await until(() => editors().length > 0, 15000);
  const buttons = [...document.querySelectorAll("button.open-example")];
  const firstExample = buttons.length ? document.getElementById(buttons[0].dataset.example).textContent : "";
  const result = {
    yasgui: typeof window.Yasgui === "function",
    examples: buttons.length,
    buttonsShown: buttons.filter((b) => !b.hidden).length,
    firstEditorHoldsFirstExample: editors().length > 0 && editors()[0].getValue() === firstExample,
  };
  const positions = buttons.find((b) => b.dataset.name === "ld-positions");
  if (positions) {
    positions.click();
    await until(() => editors().length > 1, 5000);
    const opened = editors()[editors().length - 1];
    result.openedExampleHoldsItsQuery = opened.getValue() === document.getElementById(positions.dataset.example).textContent;
    opened.setValue("SELECT ?state ?label WHERE { ?state a <https://w3id.org/diligentia/ontology#State> ;"
      + " <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?state");
    const run = [...document.querySelectorAll(".yasqe_queryButton")].pop();
    run.click();
    await until(() => [...document.querySelectorAll(".yasr")].some((y) => y.textContent.includes("France")), 10000);
    result.resultsShowFrance = [...document.querySelectorAll(".yasr")].some((y) => y.textContent.includes("France"));
  }
  result.queriedOnlyThisServer = loaded.length > 0 && loaded.every((u) => u.startsWith(base));
  result.requests = loaded;
  result.errors = errors;
  window.close();
  console.log(JSON.stringify(result));
})().catch((e) => {
  console.log(JSON.stringify({ failure: String(e && e.stack || e) }));
  process.exit(1);
});
