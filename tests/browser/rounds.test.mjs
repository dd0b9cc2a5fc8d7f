// The matching day in the browser (issue 17): the office creates a round for Saerbeck, runs it dry,
// reads the result and publishes it (desktop); the family reads why on a 375 px phone. axe-core
// checks each page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  url, launch, phoneContext, desktopContext, clickAndWait, textOf, idpAccounts, signIn as signInAt,
  assertAccessible, season,
  apiOf,
} from './lib.mjs';

const signIn = (page, account, path) => signInAt(page, account, path, assert);
const accessible = (page, what) => assertAccessible(page, what, assert);
const accounts = idpAccounts();
const PARENT = accounts['eltern.nowak'];
const OFFICE = accounts['jugendamt.kreis'];
const main = (page) => page.locator('#main');
const h1 = (page) => textOf(main(page).locator('h1'));
const german = (iso) => iso.split('-').reverse().join('.');

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the office runs a matching day and the family reads why', async () => {
  const tag = Date.now().toString(36).slice(-5);
  const childName = `Rune${tag}`;
  // A family in Saerbeck registers a new child at two Kitas with places.
  const phone = await phoneContext(browser, 375, 740);
  const parent = await phone.newPage();
  await signIn(parent, PARENT, '/saerbeck/');
  const api = apiOf(phone);
  if ((await api.get(url('/api/v1/tenants/saerbeck/family'))).status() !== 200) {
    const res = await api.put(url('/api/v1/tenants/saerbeck/family'), {
      data: { first_name: 'Katarzyna', last_name: 'Nowak', street: 'Marktstraße 1', postcode: '48369', city: 'Saerbeck', phone: '02574 1', email: PARENT.email },
    });
    assert.equal(res.status(), 200, await res.text());
  }
  const birth = new Date(Date.parse(season()) - 1300 * 86400_000).toISOString().slice(0, 10);
  const child = await api.post(url('/api/v1/tenants/saerbeck/children'), { data: { first_name: childName, last_name: 'Nowak', birth_date: birth } });
  assert.equal(child.status(), 201, await child.text());
  const childId = (await child.json()).id;
  const found = await (await api.get(url(`/api/v1/tenants/saerbeck/facilities?kind=kita&hours=35&birth_date=${birth}&start=${season()}&free_only=true`))).json();
  const kitas = found.items.slice(0, 2);
  assert.ok(kitas.length >= 1, 'Saerbeck has a Kita with places');
  for (const [i, k] of kitas.entries()) {
    const reg = await api.post(url('/api/v1/tenants/saerbeck/registrations'), {
      data: { child_id: childId, facility_id: k.id, start: season(), hours: 35, rank: i + 1 },
    });
    assert.equal(reg.status(), 201, await reg.text());
  }

  // The office: the rounds page, a round for the season (or the open one of an earlier run).
  const desk = await desktopContext(browser);
  const office = await desk.newPage();
  await signIn(office, OFFICE, '/saerbeck/amt');
  await clickAndWait(office, main(office).getByRole('link', { name: 'Vergaberunden (Matching-Tag)' }));
  assert.equal(await h1(office), 'Vergaberunden: Saerbeck');
  await accessible(office, 'rounds page');
  const label = `Vergaberunde zum ${german(season())}`;
  const open = main(office).locator('tr', { hasText: label }).filter({ hasNotText: 'Veröffentlicht' });
  if (await open.count()) {
    await clickAndWait(office, open.first().getByRole('link', { name: label }));
  } else {
    await main(office).getByLabel('Starttermin (TT.MM.JJJJ)').fill(german(season()));
    await clickAndWait(office, main(office).getByRole('button', { name: 'Runde anlegen' }));
  }
  assert.equal(await h1(office), label);
  await clickAndWait(office, main(office).getByRole('button', { name: /Probelauf/ }));
  const result = main(office).getByRole('region', { name: 'Ergebnis des letzten Probelaufs' });
  assert.match(await textOf(result), /Kinder bekommen einen Platz/);
  assert.match(await textOf(result), new RegExp(`${childName} Nowak`));
  await accessible(office, 'round with its dry-run result');
  await clickAndWait(office, main(office).getByRole('link', { name: 'Veröffentlichen …' }));
  await accessible(office, 'publish confirmation');
  // While the server works, the page says so and the button cannot send twice: the first press is
  // held in the page here to look at it, then the form goes.
  await office.evaluate(() => document.querySelector('form[data-busy]').addEventListener('submit', (e) => e.preventDefault(), { once: true }));
  await main(office).getByRole('button', { name: /Angebote verschicken/ }).click();
  assert.match(await textOf(main(office).getByRole('status')), /Die Angebote werden verschickt/);
  assert.equal(await main(office).getByRole('button', { name: /Angebote verschicken/ }).getAttribute('aria-disabled'), 'true');
  await Promise.all([
    office.waitForURL(/\/amt\/vergabe\/[^/]+\?angebote=/),
    office.evaluate(() => document.querySelector('form[data-busy]').submit()),
  ]);
  assert.match(await textOf(main(office)), /Veröffentlicht/);

  // The family, on the phone: the account page links the explanation.
  await parent.goto(url('/saerbeck/konto'));
  const card = main(parent).locator('section', { has: parent.getByRole('heading', { name: `${childName} Nowak` }) });
  await clickAndWait(parent, card.getByRole('link', { name: 'Warum dieses Ergebnis? (Vergaberunde)' }).first());
  assert.match(await h1(parent), new RegExp(`^Vergaberunde zum ${german(season()).replace(/\./g, '\\.')}: `));
  assert.match(await textOf(main(parent)), /1\. Wunsch – /);
  await accessible(parent, "the family's explanation");
  await Promise.all([phone.close(), desk.close()]);
});
