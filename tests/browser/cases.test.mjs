// The youth welfare office's worklist in the browser (issue 20): the office opens "Fälle ohne Platz",
// filters it, opens a child's case, is told at the field when a note is empty, records a contact
// attempt and closes the case (desktop). axe-core checks each page, the error state included.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  url, launch, desktopContext, clickAndWait, textOf, idpAccounts, signIn as signInAt, assertAccessible, season, apiOf,
} from './lib.mjs';

const signIn = (page, account, path) => signInAt(page, account, path, assert);
const accessible = (page, what) => assertAccessible(page, what, assert);
const accounts = idpAccounts();
// eltern.weber: no other browser test's parent (schemathesis uses it before the browser tests).
const PARENT = accounts['eltern.weber'];
const OFFICE = accounts['jugendamt.kreis'];
const main = (page) => page.locator('#main');
const h1 = (page) => textOf(main(page).locator('h1'));

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the office works a case of a child without a place', async () => {
  const tag = Date.now().toString(36).slice(-5);
  const childName = `Fina${tag}`;
  // A family in Steinfurt registers a two-year-old for the season: entitled, waiting.
  const family = await desktopContext(browser);
  const parent = await family.newPage();
  await signIn(parent, PARENT, '/steinfurt/');
  const api = apiOf(family);
  const put = await api.put(url('/api/v1/tenants/steinfurt/family'), {
    data: { first_name: 'Hannah', last_name: 'Weber', street: 'Markt 2', postcode: '48565', city: 'Steinfurt', phone: '02551 2', email: PARENT.email },
  });
  assert.equal(put.status(), 200, await put.text());
  const birth = new Date(Date.parse(season()) - 800 * 86400_000).toISOString().slice(0, 10);
  const child = await api.post(url('/api/v1/tenants/steinfurt/children'), { data: { first_name: childName, last_name: 'Weber', birth_date: birth } });
  assert.equal(child.status(), 201, await child.text());
  const childId = (await child.json()).id;
  const found = await (await api.get(url(`/api/v1/tenants/steinfurt/facilities?kind=kita&hours=35&birth_date=${birth}&start=${season()}`))).json();
  assert.ok(found.items.length >= 1, 'Steinfurt has a Kita for a two-year-old');
  const reg = await api.post(url('/api/v1/tenants/steinfurt/registrations'), {
    data: { child_id: childId, facility_id: found.items[0].id, start: season(), hours: 35, rank: 1 },
  });
  assert.equal(reg.status(), 201, await reg.text());

  // The office: the worklist from the overview, filtered to Steinfurt.
  const desk = await desktopContext(browser);
  const office = await desk.newPage();
  await signIn(office, OFFICE, '/steinfurt/amt');
  await clickAndWait(office, main(office).getByRole('link', { name: 'Fälle ohne Platz' }));
  assert.match(await h1(office), /^Fälle: Kinder mit Rechtsanspruch ohne Platz/);
  await accessible(office, 'worklist');
  await main(office).getByLabel('Gemeinde').selectOption('steinfurt');
  await main(office).getByLabel('Altersgruppe').selectOption('u3');
  await clickAndWait(office, main(office).getByRole('button', { name: 'Anzeigen' }));
  assert.match(office.url(), /municipality=steinfurt/);
  assert.match(await textOf(main(office)), /Kinder\.|Ein Kind\./);
  await accessible(office, 'filtered worklist');

  // The child's case.
  await office.goto(url(`/steinfurt/amt/faelle/${childId}`));
  assert.equal(await h1(office), `Fall: ${childName} Weber`);
  assert.match(await textOf(main(office)), /Vorgemerkt/);
  await accessible(office, 'case');
  await clickAndWait(office, main(office).getByRole('button', { name: 'Notiz speichern' }));
  assert.match(await textOf(main(office).getByRole('alert')), /Notiz: Bitte schreiben Sie die Notiz\./);
  assert.equal(await main(office).getByLabel('Notiz', { exact: true }).getAttribute('aria-invalid'), 'true');
  await accessible(office, 'case with a refused note');
  await main(office).getByLabel('Art').selectOption('contact');
  await main(office).getByLabel('Notiz', { exact: true }).fill('Vater angerufen: Platz in Borghorst wäre möglich.');
  await clickAndWait(office, main(office).getByRole('button', { name: 'Notiz speichern' }));
  assert.match(await textOf(main(office).getByRole('status')), /Die Notiz ist gespeichert\./);
  assert.match(await textOf(main(office)), /Kontaktversuch · Sabine Hoffmann/);
  await main(office).getByLabel('Grund').selectOption('not_needed');
  await clickAndWait(office, main(office).getByRole('button', { name: 'Fall abschließen' }));
  assert.match(await textOf(main(office).getByRole('status')), /Der Fall ist abgeschlossen\./);
  assert.match(await textOf(main(office)), /Abgeschlossen: Kein Platz mehr nötig/);
  await accessible(office, 'closed case');
  await Promise.all([family.close(), desk.close()]);
});
