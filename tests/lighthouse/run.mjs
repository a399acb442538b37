// Runs Lighthouse on many pages with one Chromium, and prints one JSON line.
// Input (stdin, JSON): {chromium, flags, urls, categories, runs, formFactor, throttling, quick}
// `throttling` (optional): the network and CPU Lighthouse simulates on a phone
// (its settings.throttling: rttMs, throughputKbps, cpuSlowdownMultiplier...),
// instead of its mobile default (a slow 4G). `quick`: for audits that measure
// no time (not performance), a shorter wait after each load.
// Output: [{url, run, scores: {category: 0..100}, failing: [{id, title, items}]}]
// Starting Chromium once instead of once per page saves seconds per page.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

const readStdin = async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
};

// What a failing audit points at, so a failure message can say where to look.
const itemsOf = (audit) =>
  ((audit.details && audit.details.items) || [])
    .slice(0, 5)
    .map((item) => (item.node && item.node.snippet) || item.url || item.source || JSON.stringify(item).slice(0, 200));

const failingAudits = (result, categories) => {
  const failing = [];
  for (const id of categories) {
    for (const ref of result.categories[id].auditRefs) {
      const audit = result.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
        failing.push({ id: audit.id, title: audit.title, score: audit.score, items: itemsOf(audit) });
      }
    }
  }
  return failing;
};

const options = await readStdin();
const chrome = await chromeLauncher.launch({
  chromePath: options.chromium,
  chromeFlags: options.flags,
  logLevel: "silent",
});
const results = [];
try {
  for (let run = 1; run <= options.runs; run += 1) {
    for (const url of options.urls) {
      let config =
        options.formFactor === "desktop"
          ? desktopConfig
          : options.throttling
            ? { extends: "lighthouse:default", settings: { throttlingMethod: "simulate", throttling: options.throttling } }
            : { extends: "lighthouse:default" };
      if (options.quick) {
        // No time measured: no full-page screenshot, and a shorter wait for
        // the page to fall quiet after its load.
        config = {
          ...config,
          settings: {
            ...config.settings,
            disableFullPageScreenshot: true,
            pauseAfterFcpMs: 100,
            pauseAfterLoadMs: 250,
            networkQuietThresholdMs: 250,
            cpuQuietThresholdMs: 250,
          },
        };
      }
      const runner = await lighthouse(
        url,
        { port: chrome.port, onlyCategories: options.categories, logLevel: "error", output: "json" },
        config,
      );
      const lhr = runner.lhr;
      const scores = {};
      for (const id of options.categories) {
        scores[id] = lhr.categories[id].score === null ? null : Math.round(lhr.categories[id].score * 100);
      }
      results.push({
        url,
        run,
        scores,
        failing: failingAudits(lhr, options.categories),
        runtimeError: lhr.runtimeError ? lhr.runtimeError.message : null,
      });
    }
  }
} finally {
  await chrome.kill();
}
process.stdout.write(JSON.stringify(results) + "\n");
