// Drives the dashboard's diffusion chart and the custom indicators page of a live server in headless
// Chromium (Debian's /usr/bin/chromium, through playwright-core) and prints one JSON object of
// findings for DiffusionBrowserIT. Screenshots go to OUT_DIR. Requests to another host are blocked.
// Usage: NODE_PATH=server/target/dashboard/node_modules node diffusion-browser.js http://127.0.0.1:PORT OUT_DIR
"use strict";
const { chromium } = require("playwright-core");
const path = require("path");
const fs = require("fs");

const base = process.argv[2];
const out = process.argv[3];
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];

(async () => {
  fs.mkdirSync(out, { recursive: true });
  const result = { offHost: [], pageErrors: [] };
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
    page.on("pageerror", (e) => result.pageErrors.push(String(e)));
    await page.goto(base + "/?question=dd-binding", { waitUntil: "networkidle" });
    await page.waitForSelector("#diffusion-chart svg path.route", { timeout: 30000 });
    result.chart = await page.evaluate(() => ({
      routes: Array.from(document.querySelectorAll("#diffusion-chart svg path.route")).map((p) => p.dataset.route),
      steps: Array.from(document.querySelectorAll("#diffusion-chart svg .collective-step text")).map((t) => t.textContent),
      tableRoutes: Array.from(document.querySelectorAll("#diffusion-table tbody tr:first-child td[data-route]")).map((td) => td.dataset.route),
    }));
    await page.locator("#diffusion").screenshot({ path: path.join(out, "diffusion.png") });
    await page.goto(base + "/page/custom?question=dd-binding", { waitUntil: "networkidle" });
    result.custom = await page.evaluate(() => ({
      verdict: document.querySelector(".verdict").textContent.trim(),
      populations: document.querySelectorAll("#populations tbody tr").length,
    }));
    await page.screenshot({ path: path.join(out, "custom.png"), fullPage: true });
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify(result));
})().catch((e) => { console.error(e && e.stack || String(e)); process.exit(1); });
