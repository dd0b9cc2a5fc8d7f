// Municipalities administered at run time (issue 7) as the district admin: the list, the form with
// its live preview (name, colour with contrast check, logo, contact), a bad entry that keeps what
// was typed, the new municipality's portal in its colour; axe on every page, the form on a phone.
// Runs last (file order): it adds a 25th municipality.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  url, launch, phoneContext, desktopContext, textOf, idpAccounts, assertNoHorizontalScroll, screenshot,
  signIn as signInAt, assertAccessible, clickAndWait,
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
// A fresh slug per run, so the test also runs against a portal it ran against before.
const slug = `musterstadt-${Date.now() % 1000000}`;
// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

async function fillForm(page, values) {
  for (const [label, value] of values) {
    await main(page).getByLabel(label, { exact: true }).fill(value);
  }
}

test('the district admin adds a municipality with a live preview, and its portal is there at once', async () => {
  const ctx = await desktopContext(browser);
  const page = await ctx.newPage();
  await signInAt(page, accounts['kreis.admin'], '/steinfurt/amt/gemeinden', assert);
  assert.equal(await textOf(main(page).locator('h1')), 'Städte und Gemeinden verwalten');
  const before = await main(page).locator('tbody tr').count();
  assert.ok(before >= 24, `the list shows every municipality (${before})`);
  await assertAccessible(page, 'municipality list', assert);

  await clickAndWait(page, main(page).getByRole('link', { name: 'Gemeinde hinzufügen' }));
  assert.equal(await textOf(main(page).locator('h1')), 'Gemeinde hinzufügen');
  const preview = main(page).locator('#preview');

  // The preview follows the typing: name, colour (with its contrast), contact, logo.
  // Before any logo is chosen the preview shows the badge the municipality would get.
  assert.match(await preview.locator('#preview-logo').getAttribute('src'), /^data:image\/svg\+xml/);
  await main(page).getByLabel('Name der Stadt oder Gemeinde', { exact: true }).fill('Musterstadt');
  assert.equal(await textOf(preview.locator('#preview-name')), 'Musterstadt');
  const color = main(page).getByLabel('Hauptfarbe', { exact: true });
  await color.fill('#ffdd00');
  assert.match(await textOf(main(page).locator('#m_contrast')), /zu gering/);
  await color.fill('#7a1f5c');
  assert.match(await textOf(main(page).locator('#m_contrast')), /gut lesbar/);
  const brand = await preview.evaluate((el) => getComputedStyle(el.querySelector('.preview-header')).backgroundColor);
  assert.equal(brand, 'rgb(122, 31, 92)', 'the preview header takes the colour');
  await main(page).getByLabel('Kontaktstelle', { exact: true }).fill('Stadt Musterstadt, Kita-Platzvergabe');
  assert.equal(await textOf(preview.locator('#preview-contact-name')), 'Stadt Musterstadt, Kita-Platzvergabe');
  const logo = path.join(os.tmpdir(), `wappen-${slug}.png`);
  fs.writeFileSync(logo, PNG);
  await main(page).getByLabel('Logo', { exact: true }).setInputFiles(logo);
  assert.match(await preview.locator('#preview-logo').getAttribute('src'), /^blob:/, 'the chosen logo shows');
  await assertAccessible(page, 'new municipality form', assert);

  // A bad postcode: the form comes back with the message, linked to the field, everything kept.
  await main(page).getByLabel('Kurzname', { exact: true }).fill(slug);
  await main(page).getByLabel('Art', { exact: true }).selectOption('Stadt');
  await main(page).getByLabel('Zuständiges Jugendamt', { exact: true }).selectOption({ label: 'Kreisjugendamt Steinfurt' });
  await fillForm(page, [
    ['Einwohnerzahl', '12500'],
    ['Straße und Hausnummer', 'Markt 1'],
    ['Postleitzahl', '4859'],
    ['Ort', 'Musterstadt'],
    ['Telefon', '0000 000-125'],
    ['E-Mail', 'kita@musterstadt.example'],
    ['Breitengrad', '52,21'],
    ['Längengrad', '7,52'],
    ['Suchradius (km)', '4'],
    ['Postleitzahlen', '48599'],
  ]);
  await clickAndWait(page, main(page).getByRole('button', { name: 'Gemeinde anlegen' }));
  const alert = main(page).locator('[role="alert"]');
  assert.match(await textOf(alert), /Postleitzahl: bitte eine fünfstellige Postleitzahl angeben/);
  assert.equal(await alert.locator('a').getAttribute('href'), '#m_contact_postcode');
  const postcode = main(page).getByLabel('Postleitzahl', { exact: true });
  assert.equal(await postcode.getAttribute('aria-invalid'), 'true');
  assert.match(await textOf(main(page).locator('#m_contact_postcode-error')), /fünfstellige Postleitzahl/, 'said at the field too');
  assert.match(await textOf(main(page)), /Ihr gewähltes Logo ist übernommen/, 'the chosen logo is not lost');
  assert.match(await preview.locator('#preview-logo').getAttribute('src'), /^data:image\/png;base64,/);
  assert.equal(await main(page).getByLabel('Kontaktstelle', { exact: true }).inputValue(), 'Stadt Musterstadt, Kita-Platzvergabe');
  assert.match(await page.title(), /^Fehler: /);
  await assertAccessible(page, 'form with an error', assert);

  await postcode.fill('48599');
  await clickAndWait(page, main(page).getByRole('button', { name: 'Gemeinde anlegen' }));
  assert.match(await textOf(main(page).locator('[role="status"]')), /Musterstadt ist angelegt und ab sofort erreichbar/);
  assert.equal(await main(page).locator('tbody tr').count(), before + 1);
  await screenshot(page, 'tenants-created');

  await clickAndWait(page, main(page).getByRole('link', { name: 'Portal der Gemeinde öffnen' }));
  assert.equal(new URL(page.url()).pathname, `/${slug}/`);
  assert.match(await page.title(), /Kita-Portal Musterstadt/);
  const header = await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(header, 'rgb(122, 31, 92)', 'its portal is in its colour');
  assert.match(await page.locator('.brand img').getAttribute('src'), new RegExp(`^/static/logos/${slug}\\.png\\?v=`));
  assert.match(await textOf(page.locator('.site-footer')), /kita@musterstadt\.example/);
  await assertAccessible(page, 'the new portal', assert);
  await ctx.close();
});

test('the form works on a phone', async () => {
  const ctx = await phoneContext(browser, 375, 740);
  const page = await ctx.newPage();
  await signInAt(page, accounts['kreis.admin'], '/steinfurt/amt/gemeinden/rheine', assert);
  assert.equal(await textOf(main(page).locator('h1')), 'Rheine bearbeiten');
  assert.ok((await main(page).getByLabel('E-Mail', { exact: true }).inputValue()).includes('@'), 'the form shows the contact');
  await assertAccessible(page, 'edit form (phone)', assert);
  await assertNoHorizontalScroll(page, 375, assert, 'edit form at 375px');
  await screenshot(page, 'tenant-form-375');
  await page.goto(url('/steinfurt/amt/gemeinden'));
  await assertNoHorizontalScroll(page, 375, assert, 'list at 375px', { knownOverflow: '.table-wrap' });
  await ctx.close();
});
