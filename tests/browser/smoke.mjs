// Smoke test: proves playwright-core can drive the system Chromium (/usr/bin/chromium).
// Browsers are never downloaded (`npx playwright install` is not used), so we pass
// executablePath explicitly. Run: node tests/browser/smoke.mjs  (exit 0 = works)
import { chromium } from 'playwright-core';

const executablePath = process.env.STEP_CHROMIUM || '/usr/bin/chromium';

const browser = await chromium.launch({
  executablePath,
  // headless: true also makes playwright add --hide-scrollbars/--mute-audio (stable
  // screenshots); the explicit --headless is harmless duplication. The other flags stop
  // Chromium from phoning home (updates, sync) in an offline sandbox, and --no-sandbox
  // is needed because tests run as root in a container.
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage();
  await page.goto('data:text/html,<h1>ok</h1>');
  const text = await page.textContent('h1');
  console.log(`h1: ${text} (chromium ${browser.version()})`);
  if (text !== 'ok') process.exitCode = 1;
} finally {
  await browser.close();
}
