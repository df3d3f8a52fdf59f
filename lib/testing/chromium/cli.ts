import { findChromium } from "./find-chromium";
import { onThisMachine } from "./machine";

// Run by `npm run test:e2e` before Playwright: finds the suite's Chromium, downloads Playwright's own
// where none is found and the network allows it, or stops with what to install.

const result = findChromium(onThisMachine(process.env, { install: true }));
if (!result.ok) {
  console.error(result.message);
  process.exit(1);
}
console.log(`Chromium for the end-to-end tests: ${result.path} (${result.source})`);
