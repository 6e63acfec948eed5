// Drives the home page (dashboard) and /docs of a live server in headless Chromium (Debian's
// /usr/bin/chromium, through playwright-core: no browser download), as a reader would, and prints
// one JSON object of findings for DashboardBrowserIT to assert on. Screenshots go to OUT_DIR.
// Usage: NODE_PATH=server/target/dashboard/node_modules node dashboard-browser.js http://127.0.0.1:PORT OUT_DIR
// Any request to another host is blocked and reported; so are console errors and page errors.
"use strict";
const { chromium } = require("playwright-core");
const path = require("path");
const fs = require("fs");

const base = process.argv[2];
const out = process.argv[3];
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
// The flags a closed network needs: no background requests to Google's services at start-up.
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];

async function json(url) {
  const r = await fetch(base + url, { headers: { Accept: "application/json" } });
  if (!r.ok) throw new Error(`GET ${url} -> ${r.status}`);
  return r.json();
}

(async () => {
  fs.mkdirSync(out, { recursive: true });
  const result = { offHost: [], consoleErrors: [], pageErrors: [], failedRequests: [] };
  const browser = await chromium.launch({ executablePath, headless: true, args: ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(base + "/") || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
      result.offHost.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    page.on("console", (m) => { if (m.type() === "error") result.consoleErrors.push(m.text()); });
    page.on("pageerror", (e) => result.pageErrors.push(String(e)));
    page.on("requestfailed", (r) => { if (r.url().startsWith(base)) result.failedRequests.push(r.url() + " " + r.failure().errorText); });
    let bytes = 0;
    page.on("response", async (r) => { try { bytes += Number(r.headers()["content-length"] || (await r.body()).length); } catch (e) { /* redirects */ } });

    // What the page should show, from the API.
    const questions = (await json("/api/questions")).items.map((q) => q.id);
    const cells = (await json("/api/consensus/matrix")).cells;
    const scopes = [...new Set(cells.map((c) => c.scope))];
    const atlas = await json("/assets/lib/world-atlas/countries-50m.json");
    const shapes = new Set(atlas.objects.countries.geometries.map((g) => g.id).filter((id) => id && id !== "010"));
    const states = (await json("/api/states")).items;
    const drawable = states.filter((s) => s.m49 && shapes.has(s.m49));
    result.expected = { questions: questions.length, scopes: scopes.length, drawableStates: drawable.length, states: states.length };

    // First view, timed from navigation to the map drawn.
    const started = Date.now();
    await page.goto(base + "/", { waitUntil: "load" });
    await page.waitForSelector("#map-chart svg path.state", { timeout: 30000 });
    await page.waitForSelector("#timeline-chart svg path.step", { timeout: 30000 });
    result.msToMap = Date.now() - started;
    result.bytesFirstView = bytes;
    result.matrix = await page.evaluate(() => {
      const rows = [...document.querySelectorAll("table.matrix tbody tr")];
      return {
        rows: rows.length,
        cellsPerRow: rows.map((r) => r.querySelectorAll("td.cell").length),
        cells: document.querySelectorAll("table.matrix td.cell").length,
        linked: [...document.querySelectorAll("table.matrix td.cell a")].filter((a) =>
          /^\/page\/assessment\/[^/]+\/[^/?]+/.test(a.getAttribute("href"))).length,
        labelled: [...document.querySelectorAll("table.matrix td.cell .level-name")].filter((s) => s.textContent.trim()).length,
        coloured: [...document.querySelectorAll("table.matrix td.cell")].filter((td) => {
          const c = getComputedStyle(td).backgroundColor; return c && c !== "rgba(0, 0, 0, 0)"; }).length,
        hrefs: [...document.querySelectorAll("table.matrix td.cell a")].map((a) => a.getAttribute("href")),
      };
    });
    result.matrix.expectedHrefs = scopes.flatMap((s) => questions.map((q) => `/page/assessment/${s}/${q}`))
      .every((href) => result.matrix.hrefs.includes(href));
    delete result.matrix.hrefs;
    const mapState = () => page.evaluate(() => Object.fromEntries(
      [...document.querySelectorAll("#map-chart path.state")].map((p) => [p.dataset.iso3, p.dataset.stance])));
    const before = await mapState();
    result.map = { shapes: Object.keys(before).length, stances: tally(before),
      missingNote: await page.textContent("#map-missing") };
    result.timeline = await page.evaluate(() => ({
      steps: document.querySelectorAll("#timeline-chart path.step").length,
      changes: document.querySelectorAll("#timeline-chart circle.change").length,
      rows: document.querySelectorAll("#timeline-table tbody tr").length,
    }));
    await page.screenshot({ path: path.join(out, "dashboard.png"), fullPage: true });

    // Change the date with the date input: the map, the URL and the status follow, without a reload.
    await page.evaluate(() => { window.__sameDocument = true; });
    await page.fill("#asOf", "2014-06-30");
    await page.dispatchEvent("#asOf", "change");
    await page.waitForFunction(() => document.querySelector("#dashboard-status").textContent.includes("2014-06-30")
      && document.querySelector("#map-chart path.state") && !document.querySelector("#dashboard[aria-busy]"), null, { timeout: 30000 });
    await page.waitForFunction(() => document.querySelector("#map-chart").dataset.drawn, null, { timeout: 30000 });
    const after = await mapState();
    result.dateChange = {
      url: page.url(),
      sameDocument: await page.evaluate(() => window.__sameDocument === true),
      changedStates: Object.keys(before).filter((k) => before[k] !== after[k]).length,
      stances: tally(after),
      matrixAsOf: await page.textContent("table.matrix caption"),
      // The "data" and "cite" links beside the matrix, the timeline and the map, after the update.
      chartLinks: await page.evaluate(() => ["matrix-links", "map-links"].flatMap((id) =>
        [...document.querySelectorAll("#" + id + " a")].map((a) => a.getAttribute("href")))),
    };
    // The URL alone restores the view.
    const shared = await context.newPage();
    await shared.goto(page.url(), { waitUntil: "load" });
    await shared.waitForSelector("#map-chart svg path.state", { timeout: 30000 });
    const restored = await shared.evaluate(() => Object.fromEntries(
      [...document.querySelectorAll("#map-chart path.state")].map((p) => [p.dataset.iso3, p.dataset.stance])));
    result.dateChange.sharedLinkShowsSameMap = JSON.stringify(restored) === JSON.stringify(after)
      && (await shared.inputValue("#asOf")) === "2014-06-30";
    await shared.close();
    // Back returns to the first view.
    await page.goBack();
    await page.waitForFunction(() => !document.querySelector("#dashboard-status").textContent.includes("2014-06-30"), null, { timeout: 30000 });
    await page.waitForFunction(() => document.querySelector("#map-chart").dataset.drawn, null, { timeout: 30000 });
    result.backRestores = JSON.stringify(await mapState()) === JSON.stringify(before);

    // Keyboard only: tab to the question, pick the next one with the arrow key; the page follows.
    await page.focus("#question");
    const question0 = await page.inputValue("#question");
    await page.keyboard.press("ArrowDown");
    await page.waitForFunction((q) => new URL(location.href).searchParams.get("question") && new URL(location.href).searchParams.get("question") !== q
      && !document.querySelector("#dashboard[aria-busy]"), question0, { timeout: 30000 });
    result.keyboard = { question: await page.inputValue("#question"), heading: await page.textContent("#map-heading") };
    // The slider moves the date too.
    await page.focus("#asOfSlider");
    await page.keyboard.press("Home");
    await page.waitForFunction(() => document.querySelector("#dashboard-status").textContent.includes("2010-01-31")
      && !document.querySelector("#dashboard[aria-busy]"), null, { timeout: 30000 });
    result.slider = await page.inputValue("#asOf");
    await page.screenshot({ path: path.join(out, "dashboard-2010.png"), fullPage: false });

    // Not established is not none: on prevention the African Union's cell says, in visible words, how
    // many of its members are known; the timeline draws the level apart; the map's legend keeps six classes.
    const ne = await context.newPage();
    ne.on("pageerror", (e) => result.pageErrors.push("not-established: " + String(e)));
    await ne.goto(base + "/?question=dd-prevention&scope=AU", { waitUntil: "load" });
    await ne.waitForSelector("#map-chart svg path.state", { timeout: 30000 });
    await ne.waitForSelector("#timeline-chart svg path.step", { state: "attached", timeout: 30000 });   // flat: never "visible"
    // The sticky controls would cover the top of an element's screenshot: let them scroll away here.
    await ne.evaluate(() => { document.querySelector("#controls").style.position = "static"; });
    const cell = ne.locator('tr[data-scope="AU"] td[data-question="dd-prevention"]');
    await cell.scrollIntoViewIfNeeded();
    result.notEstablished = await cell.evaluate((td) => {
      const box = td.getBoundingClientRect();
      const style = getComputedStyle(td);
      const none = document.querySelector("table.matrix td.level-none") || document.querySelector(".swatch.level-none");
      return {
        level: td.dataset.level, text: td.innerText.replace(/\s+/g, " ").trim(), title: td.title,
        label: td.querySelector("a").getAttribute("aria-label"),
        visible: box.width > 0 && box.height > 0 && style.visibility !== "hidden" && td.checkVisibility(),
        look: style.backgroundColor + " " + style.backgroundImage + " " + style.outlineStyle,
        noneLook: none ? getComputedStyle(none).backgroundColor + " " + getComputedStyle(none).backgroundImage + " "
          + getComputedStyle(none).outlineStyle : null,
      };
    });
    await ne.locator("#matrix").screenshot({ path: path.join(out, "matrix-not-established.png") });
    result.timelineApart = await ne.evaluate(() => ({
      unknownBand: document.querySelectorAll("#timeline-chart rect.band-unknown").length,
      unknownBandFill: (document.querySelector("#timeline-chart rect.band-unknown") || { style: {} }).style.fill || "",
      dashedRuns: document.querySelectorAll("#timeline-chart path.step-unknown").length,
      hollowChanges: document.querySelectorAll("#timeline-chart circle.change-unknown").length,
      bottomLevel: [...document.querySelectorAll("#timeline-chart rect.band")].sort((a, b) => b.y.baseVal.value - a.y.baseVal.value)[0].getAttribute("class"),
    }));
    result.legend = await ne.evaluate(() => [...document.querySelectorAll("#stance-legend li")].map((li) => {
      const swatch = getComputedStyle(li.querySelector(".swatch"));
      const shape = document.querySelector(`#map-chart path.state[data-stance="${li.dataset.stance}"]`);
      return { stance: li.dataset.stance, words: li.innerText.replace(/\s+/g, " ").trim(), swatch: swatch.backgroundColor + " " + swatch.backgroundImage,
        fill: shape ? getComputedStyle(shape).fill : null };
    }));
    await ne.locator("#map").screenshot({ path: path.join(out, "map-six-classes.png") });
    await ne.close();

    // /docs: Swagger UI from the WebJar renders every operation, and "try it" calls this server.
    const docs = await context.newPage();
    docs.on("pageerror", (e) => result.pageErrors.push("docs: " + String(e)));
    await docs.goto(base + "/docs", { waitUntil: "load" });
    await docs.waitForSelector(".opblock", { timeout: 30000 });
    result.docs = { operations: await docs.locator(".opblock").count(),
      errors: await docs.locator(".errors-wrapper").count() };
    const op = docs.locator("#operations-consensus-getMatrix");
    await op.locator(".opblock-summary").click();
    await op.locator("button.try-out__btn").click();
    await op.locator("button.execute").click();
    const status = op.locator(".live-responses-table tbody .response-col_status").first();
    await status.waitFor({ timeout: 30000 });
    result.docs.tryItStatus = (await status.textContent()).trim();
    result.docs.tryItBody = ((await op.locator(".live-responses-table tbody .response-col_description pre").first().textContent()) || "").slice(0, 200);
    result.docs.tryItUrl = (await op.locator(".request-url pre").first().textContent()).trim();
    await docs.screenshot({ path: path.join(out, "docs.png"), fullPage: false });
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify(result));
})().catch((e) => { console.error(e && e.stack || String(e)); process.exit(1); });

function tally(map) {
  const t = {};
  for (const v of Object.values(map)) t[v] = (t[v] || 0) + 1;
  return t;
}
