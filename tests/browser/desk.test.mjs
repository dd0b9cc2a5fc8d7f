// The facility desk clicked like a Kita leader (issue 5): a parent's child is registered at Kita
// Sonnenschein in Steinfurt (through the JSON API, signed in in its own browser context); the lead
// signs in at the provider, opens "Arbeitsplatz", enters a free place, opens the waiting list,
// ticks a criterion and makes an offer; the parent sees the offer and accepts it. The office
// overview and the audit log are opened by the Kreisjugendamt. axe-core checks every desk page;
// the waiting list and the registration page are checked at phone width too.
//
// May run many times against the same database: every run registers a NEW child.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  url, launch, phoneContext, desktopContext, clickAndWait, textOf,
  idpAccounts, assertNoHorizontalScroll, screenshot, signIn as signInAt, assertAccessible, season,
  findWaitingRow,
  apiOf,
} from './lib.mjs';

const signIn = (page, account, path) => signInAt(page, account, path, assert);
const accessible = (page, what) => assertAccessible(page, what, assert);

const accounts = idpAccounts();
const LEAD = accounts['leitung.sonnenschein'];
const FACILITY = LEAD.roles[0].scope;
const PARENT = accounts['eltern.yilmaz'];
const OFFICE = accounts['jugendamt.kreis'];

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const main = (page) => page.locator('#main');

const findRow = (page, text) => findWaitingRow(page, 'steinfurt', FACILITY, text);
const h1 = (page) => textOf(main(page).locator('h1'));




test('a lead offers a place from the ranked waiting list and the parent accepts it', async () => {
  const tag = Date.now().toString(36).slice(-5);
  const childName = `Deniz${tag}`;

  // The parent: family (first run only), a new child, a registration at Kita Sonnenschein.
  const parentCtx = await desktopContext(browser);
  const parent = await parentCtx.newPage();
  await signIn(parent, PARENT, '/steinfurt/auswahl');
  const api = apiOf(parentCtx);
  const family = await api.get(url('/api/v1/tenants/steinfurt/family'));
  if (family.status() !== 200) {
    const res = await api.put(url('/api/v1/tenants/steinfurt/family'), {
      data: { first_name: PARENT.given_name, last_name: 'Yilmaz', street: 'Wasserstraße 3', postcode: '48565', city: 'Steinfurt', phone: '02551 4711', email: PARENT.email },
    });
    assert.equal(res.status(), 200, await res.text());
  }
  const birth = new Date(Date.parse(season()) - 1300 * 86400_000).toISOString().slice(0, 10);
  const child = await api.post(url('/api/v1/tenants/steinfurt/children'), { data: { first_name: childName, last_name: 'Yilmaz', birth_date: birth } });
  assert.equal(child.status(), 201, await child.text());
  const childId = (await child.json()).id;
  const reg = await api.post(url('/api/v1/tenants/steinfurt/registrations'), {
    data: { child_id: childId, facility_id: FACILITY, start: season(), hours: 35, rank: 1 },
  });
  assert.equal(reg.status(), 201, await reg.text());

  // The lead: Arbeitsplatz → places and criteria → waiting list → registration → offer.
  const leadCtx = await desktopContext(browser);
  const lead = await leadCtx.newPage();
  await signIn(lead, LEAD, '/steinfurt/einrichtung');
  assert.equal(await h1(lead), 'Arbeitsplatz');
  await accessible(lead, 'desk index');
  await clickAndWait(lead, main(lead).getByRole('link', { name: 'Kita Sonnenschein' }));
  assert.equal(await h1(lead), 'Warteliste: Kita Sonnenschein');
  await clickAndWait(lead, main(lead).getByRole('link', { name: 'Plätze und Kriterien' }));
  await accessible(lead, 'places and criteria');
  // A line without its number first: the form says so and nothing is saved.
  await main(lead).getByLabel('Neue Zeile: Frei ab').fill(season());
  await main(lead).locator('select[name$="_band"]').last().selectOption('ue3');
  await clickAndWait(lead, main(lead).getByRole('button', { name: 'Plätze speichern' }));
  assert.match(await textOf(main(lead).getByRole('alert')), /Freie Plätze/);
  // The form came back with the line as typed; empty it again and raise the season's row by 3.
  await main(lead).getByLabel('Neue Zeile: Frei ab').fill('');
  const [y, m, d] = season().split('-');
  const seasonRow = main(lead).getByLabel(`Freie Plätze: ${d}.${m}.${y}, ab 3 Jahren, beliebig`);
  await seasonRow.fill(String(Number(await seasonRow.inputValue()) + 3));
  await clickAndWait(lead, main(lead).getByRole('button', { name: 'Plätze speichern' }));
  assert.match(await textOf(main(lead).getByRole('status')), /freien Plätze wurden gespeichert/);

  const row = await findRow(lead, childName);
  assert.equal(await row.count(), 1, 'the new child is on the list');
  await accessible(lead, 'waiting list');
  await clickAndWait(lead, row.getByRole('link', { name: new RegExp(childName) }));
  assert.ok((await h1(lead)).startsWith(childName));
  await accessible(lead, 'registration');
  await main(lead).locator('input[name="criterion"]').first().check();
  await clickAndWait(lead, main(lead).getByRole('button', { name: 'Kriterien speichern' }));
  await clickAndWait(lead, main(lead).getByRole('button', { name: 'Platz anbieten' }));
  assert.match(await textOf(main(lead).getByRole('status')), /Platzangebot wurde gesendet/);
  const offeredRow = await findRow(lead, childName);
  assert.match(await textOf(offeredRow), /Platzangebot erhalten/);
  assert.match(await textOf(offeredRow), /Antwort bis/);

  // At phone width the list and the profile form stay usable.
  const phone = await (await phoneContext(browser, 375, 740)).newPage();
  await phone.context().addCookies(await leadCtx.cookies());
  await phone.goto(url(`/steinfurt/einrichtung/${FACILITY}`));
  await assertNoHorizontalScroll(phone, 375, assert, 'waiting list at 375px', { knownOverflow: '.table-wrap' });
  await phone.goto(url(`/steinfurt/einrichtung/${FACILITY}/profil`));
  await accessible(phone, 'profile form (phone)');
  await assertNoHorizontalScroll(phone, 375, assert, 'profile form at 375px');
  await phone.goto(url(`/steinfurt/einrichtung/${FACILITY}/papier`));
  await accessible(phone, 'paper registration form (phone)');
  await screenshot(phone, 'desk-paper-375');
  await phone.context().close();

  // On a phone the offer is in front on every family page: a banner with its deadline and both
  // answers on the first screen, and a badge on "Mein Konto" (issue 16).
  const parentPhone = await (await phoneContext(browser, 375, 667)).newPage();
  await parentPhone.context().addCookies(await parentCtx.cookies());
  for (const path of ['/steinfurt/suche', '/steinfurt/konto']) {
    await parentPhone.goto(url(path));
    const banner = parentPhone.locator('section.offer-banner', { hasText: childName });
    assert.equal(await banner.count(), 1, `${path}: the offer banner names the child`);
    assert.match(await textOf(banner), /Bitte antworten Sie bis \d{2}\.\d{2}\.\d{4}\./);
    const accept = banner.getByRole('link', { name: 'Platz annehmen' }).first();
    const box = await accept.boundingBox();
    assert.ok(box && box.y + box.height <= 667, `${path}: the answer is on the first screen (y=${box?.y})`);
    assert.ok(await parentPhone.locator('header .menu-button .badge').isVisible(), `${path}: the menu button shows a badge`);
    await assertNoHorizontalScroll(parentPhone, 375, assert, `${path} with the offer banner at 375px`);
    await accessible(parentPhone, `${path} with the offer banner (phone)`);
  }
  await screenshot(parentPhone, 'offer-banner-375');
  await parentPhone.context().close();

  // The parent accepts in the account.
  await parent.goto(url('/steinfurt/konto'));
  const card = main(parent).locator('li.registration', { hasText: 'Kita Sonnenschein' }).filter({ hasText: 'Platzangebot' });
  await accessible(parent, 'account with an offer');
  await clickAndWait(parent, card.first().getByRole('link', { name: 'Platz annehmen' }));
  assert.equal(await h1(parent), 'Platz annehmen');
  await accessible(parent, 'accept confirmation');
  await clickAndWait(parent, main(parent).getByRole('button', { name: 'Ja, Platz annehmen' }));
  assert.match(await textOf(main(parent).getByRole('status')), /Platz angenommen/);

  // The Kreisjugendamt sees it in the overview and the audit log.
  const officeCtx = await desktopContext(browser);
  const office = await officeCtx.newPage();
  await signIn(office, OFFICE, '/steinfurt/amt');
  assert.equal(await h1(office), 'Übersicht Jugendamt: Steinfurt');
  await accessible(office, 'office overview');
  const csv = await officeCtx.request.get(url('/steinfurt/amt/uebersicht.csv'));
  assert.equal(csv.status(), 200);
  assert.match(await csv.text(), /"Steinfurt";"\d{4}-\d{2}";\d+/);
  await clickAndWait(office, main(office).getByRole('link', { name: 'Protokoll' }));
  await accessible(office, 'audit log');
  assert.match(await textOf(main(office)), /Platz angenommen/);

  await Promise.all([parentCtx.close(), leadCtx.close(), officeCtx.close()]);
});

test('a parent opening the desk gets a clear German page, not the waiting list', async () => {
  const ctx = await desktopContext(browser);
  const page = await ctx.newPage();
  await signIn(page, accounts['eltern.mueller'], '/steinfurt/auswahl');
  const res = await page.goto(url(`/steinfurt/einrichtung/${FACILITY}`));
  assert.equal(res.status(), 403);
  assert.equal(await h1(page), 'Keine Berechtigung');
  await accessible(page, '403 page');
  await ctx.close();
});

test('a clerk filters the audit log and invites a new lead by e-mail on the roles page (issue 16.7)', async () => {
  const tag = Date.now().toString(36).slice(-5);
  const ctx = await desktopContext(browser);
  const office = await ctx.newPage();
  await signIn(office, OFFICE, '/steinfurt/amt/protokoll');
  assert.equal(await h1(office), 'Protokoll: Steinfurt');
  await main(office).getByLabel('Von (TT.MM.JJJJ)').fill('31.02.2026');
  await clickAndWait(office, main(office).getByRole('button', { name: 'Filtern' }));
  assert.equal(await main(office).getByLabel('Von (TT.MM.JJJJ)').getAttribute('aria-invalid'), 'true', 'an impossible date is marked');
  await accessible(office, 'audit log with a refused filter');

  await office.goto(url('/steinfurt/amt/rollen'));
  const person = main(office).getByLabel('Person', { exact: true });
  await person.fill(`neu.${tag}@`);
  await main(office).getByLabel('Einrichtung (für eine Leitung)').selectOption({ index: 1 });
  await clickAndWait(office, main(office).getByRole('button', { name: 'Rolle vergeben' }));
  assert.match(await textOf(main(office).getByRole('alert')), /keine gültige E-Mail-Adresse/);
  assert.equal(await person.getAttribute('aria-invalid'), 'true');
  assert.equal(await person.inputValue(), `neu.${tag}@`, 'what was typed stays');
  await accessible(office, 'roles page with a refused invitation');

  await person.fill(`neu.${tag}@kita.example`);
  await main(office).getByLabel('Einrichtung (für eine Leitung)').selectOption({ index: 1 });
  await clickAndWait(office, main(office).getByRole('button', { name: 'Rolle vergeben' }));
  assert.match(await textOf(main(office).getByRole('status')), new RegExp(`Eingeladen: neu\\.${tag}@kita\\.example als Leitung einer Kita`));
  const invitations = main(office).getByRole('table', { name: 'Offene Einladungen' });
  const row = invitations.locator('tr', { hasText: `neu.${tag}@kita.example` });
  assert.equal(await row.count(), 1, 'the open invitation is listed');
  await accessible(office, 'roles page with an open invitation');
  await clickAndWait(office, row.getByRole('button', { name: `Einladung an neu.${tag}@kita.example als Leitung einer Kita zurückziehen` }));
  assert.equal(await main(office).locator('tr', { hasText: `neu.${tag}@kita.example` }).count(), 0, 'withdrawn');
  await ctx.close();
});
