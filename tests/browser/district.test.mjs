// The district dashboard (issue 7) as the district admin and as the Rheine office: the chart, the
// tables, the CSV link; axe on the page; the table scrolls inside its frame on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  url, launch, phoneContext, desktopContext, textOf, idpAccounts, assertNoHorizontalScroll, screenshot,
  signIn as signInAt, assertAccessible,
} from './lib.mjs';

const accounts = idpAccounts();
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const main = (page) => page.locator('#main');

test('the district admin sees demand and supply of all 24 municipalities with chart, tables and CSV', async () => {
  const ctx = await desktopContext(browser);
  const page = await ctx.newPage();
  await signInAt(page, accounts['kreis.admin'], '/steinfurt/amt/bedarfsplanung', assert);
  assert.equal(await textOf(main(page).locator('h1')), 'Bedarfsplanung: Nachfrage und Angebot');
  assert.match(await textOf(main(page).locator('.lead')), /24 Städte und Gemeinden/);
  const chart = main(page).locator('svg[role="img"]');
  assert.equal(await chart.count(), 1, 'one chart');
  assert.match(await chart.locator('title').textContent(), /freie Plätze/);
  const summary = main(page).locator('table').first();
  assert.equal(await summary.locator('tbody tr').count(), 24);
  assert.match(await textOf(summary.locator('tfoot')), /Zusammen/);
  await assertAccessible(page, 'district dashboard', assert);
  const csv = await ctx.request.get(url('/steinfurt/amt/bedarfsplanung.csv'));
  assert.equal(csv.status(), 200);
  const lines = (await csv.text()).split('\r\n').filter(Boolean);
  assert.match(lines[0], /Gemeinde;Jugendamt;Altersgruppe;Monat;Kinder/);
  assert.equal(lines.filter((l) => l.includes('"gesamt"')).length, 24, 'a total row per municipality');
  await ctx.close();
});

test('the Rheine office sees Rheine only, also on a phone', async () => {
  const ctx = await phoneContext(browser, 375, 740);
  const page = await ctx.newPage();
  await signInAt(page, accounts['jugendamt.rheine'], '/steinfurt/amt/bedarfsplanung', assert);
  assert.match(await textOf(main(page).locator('.lead')), /eine Stadt oder Gemeinde/);
  const rows = main(page).locator('table').first().locator('tbody tr');
  assert.equal(await rows.count(), 1);
  assert.match(await textOf(rows.first()), /Rheine/);
  await assertAccessible(page, 'dashboard (phone)', assert);
  await assertNoHorizontalScroll(page, 375, assert, 'dashboard at 375px', { knownOverflow: '.table-wrap' });
  await screenshot(page, 'dashboard-375');
  await ctx.close();
});
