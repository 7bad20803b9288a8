// Lighthouse's accessibility and best-practices audits on each URL given, in one Chromium.
// Usage: CHROME_PATH=/usr/bin/chromium node tests/browser/lighthouse.mjs URL...
// Prints one JSON object: {url: {accessibility, failing: [audit ids], consoleErrors: N}}.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH,
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const results = {};
try {
  for (const url of process.argv.slice(2)) {
    const run = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["accessibility", "best-practices"],
    });
    const { lhr } = run;
    if (lhr.runtimeError) {
      results[url] = { error: lhr.runtimeError.message };
      continue;
    }
    const accessibility = lhr.categories.accessibility;
    const failing = accessibility.auditRefs
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit.score !== null && audit.score < 1)
      .map((audit) => audit.id);
    const consoleErrors = lhr.audits["errors-in-console"]?.details?.items ?? [];
    results[url] = {
      accessibility: accessibility.score,
      failing,
      consoleErrors: consoleErrors.map((item) => item.description ?? item.source ?? "error"),
    };
  }
} finally {
  await chrome.kill();
}
process.stdout.write(JSON.stringify(results));
