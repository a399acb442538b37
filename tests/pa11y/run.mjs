// Runs pa11y (HTML_CodeSniffer, WCAG 2 AA) on many pages with one Chromium:
// the engine the French state's design system runs in its CI, beside axe.
// Input (stdin, JSON): {chromium, flags, urls}
// Output (one JSON line): [{url, issues: [{code, message, selector, context}]}]
import pa11y from "pa11y";
import puppeteer from "puppeteer";

const readStdin = async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
};

const options = await readStdin();
const browser = await puppeteer.launch({ executablePath: options.chromium, args: options.flags });
const results = [];
try {
  for (const url of options.urls) {
    const result = await pa11y(url, {
      browser,
      standard: "WCAG2AA",
      runners: ["htmlcs"],
      includeWarnings: false,
      includeNotices: false,
      timeout: 60000,
    });
    results.push({
      url,
      issues: result.issues.map((issue) => ({
        code: issue.code,
        message: issue.message,
        selector: issue.selector,
        context: (issue.context || "").slice(0, 200),
      })),
    });
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(results) + "\n");
