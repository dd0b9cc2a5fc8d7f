// The care contract clicked through (issue 6): a child of a parent is registered at Kita
// Sonnenschein, offered a place and accepts (the first steps through the JSON API); then in the
// browser the lead creates the contract, the parent downloads the PDF from the account, tries a
// wrong file (refused in German), uploads the signed copy, the lead confirms, and the account shows
// the contract as concluded with download links. Documents live in S3 (s3s-fs) when run by
// ./dev test. axe-core checks every page; the parent's documents page at phone width too.
//
// May run many times against the same database: every run registers a NEW child.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  url, launch, phoneContext, desktopContext, clickAndWait, textOf,
  idpAccounts, assertNoHorizontalScroll, screenshot, signIn as signInAt, assertAccessible, season,
  apiOf,
} from './lib.mjs';

const signIn = (page, account, path) => signInAt(page, account, path, assert);
const accessible = (page, what) => assertAccessible(page, what, assert);

const accounts = idpAccounts();
const LEAD = accounts['leitung.sonnenschein'];
const FACILITY = LEAD.roles[0].scope;
const PARENT = accounts['eltern.mueller'];

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const main = (page) => page.locator('#main');
const h1 = (page) => textOf(main(page).locator('h1'));




const inDays = (n) => new Date(Date.now() + n * 86400_000).toISOString().slice(0, 10);

test('an accepted place becomes a contract: created, downloaded, signed, uploaded, confirmed', async () => {
  const tag = Date.now().toString(36).slice(-5);
  const childName = `Lina${tag}`;

  // The parent registers a new child at Kita Sonnenschein.
  const parentCtx = await desktopContext(browser);
  const parent = await parentCtx.newPage();
  await signIn(parent, PARENT, '/steinfurt/auswahl');
  const api = apiOf(parentCtx);
  if ((await api.get(url('/api/v1/tenants/steinfurt/family'))).status() !== 200) {
    const res = await api.put(url('/api/v1/tenants/steinfurt/family'), {
      data: { first_name: 'Anna', last_name: 'Müller', street: 'Markt 1', postcode: '48565', city: 'Steinfurt', phone: '02551 1234', email: PARENT.email },
    });
    assert.equal(res.status(), 200, await res.text());
  }
  const birth = new Date(Date.parse(season()) - 1300 * 86400_000).toISOString().slice(0, 10);
  const child = await api.post(url('/api/v1/tenants/steinfurt/children'), { data: { first_name: childName, last_name: 'Müller', birth_date: birth } });
  assert.equal(child.status(), 201, await child.text());
  const reg = await api.post(url('/api/v1/tenants/steinfurt/registrations'), {
    data: { child_id: (await child.json()).id, facility_id: FACILITY, start: season(), hours: 35, rank: 1 },
  });
  assert.equal(reg.status(), 201, await reg.text());
  const regId = (await reg.json()).id;

  // The lead adds a free place (the form saves differences) and offers it; the parent accepts.
  const leadCtx = await desktopContext(browser);
  const lead = await leadCtx.newPage();
  await signIn(lead, LEAD, `/steinfurt/einrichtung/${FACILITY}/plaetze`);
  const [y, m, d] = season().split('-');
  const seasonRow = main(lead).getByLabel(`Freie Plätze: ${d}.${m}.${y}, ab 3 Jahren, beliebig`);
  await seasonRow.fill(String(Number(await seasonRow.inputValue()) + 1));
  await clickAndWait(lead, main(lead).getByRole('button', { name: 'Plätze speichern' }));
  const offer = await apiOf(leadCtx).post(url(`/api/v1/tenants/steinfurt/registrations/${regId}/offer`), { data: { answer_by: inDays(7) } });
  assert.equal(offer.status(), 200, await offer.text());
  const accept = await api.post(url(`/api/v1/tenants/steinfurt/registrations/${regId}/accept`));
  assert.equal(accept.status(), 200, await accept.text());

  // The lead prepares the contract (issue 16.10): a mistake is named at its field, the preview
  // shows the typed terms, then the contract is issued.
  const detail = `/steinfurt/einrichtung/${FACILITY}/vormerkungen/${regId}`;
  await lead.goto(url(detail));
  await clickAndWait(lead, main(lead).getByRole('link', { name: 'Betreuungsvertrag vorbereiten' }));
  assert.equal(await h1(lead), `Betreuungsvertrag für ${childName} Müller`);
  assert.equal(await main(lead).getByLabel('Betreuung täglich ab (Uhrzeit)').inputValue(), '07:30');
  await accessible(lead, 'contract preparation');
  await main(lead).getByLabel('Betreuung täglich bis (Uhrzeit)').fill('10 Uhr');
  await clickAndWait(lead, main(lead).getByRole('button', { name: 'Vorschau aktualisieren' }));
  const summary = main(lead).getByRole('alert');
  assert.match(await textOf(summary), /weniger als die vereinbarten/);
  await summary.getByRole('link').first().click();
  assert.equal(await lead.evaluate(() => document.activeElement?.id), 'care_until', 'the summary leads to the field');
  assert.equal(await main(lead).getByLabel('Betreuung täglich bis (Uhrzeit)').getAttribute('aria-invalid'), 'true');
  await accessible(lead, 'contract preparation with a mistake');
  await main(lead).getByLabel('Betreuung täglich bis (Uhrzeit)').fill('15:00');
  await main(lead).getByLabel('Gruppe (freiwillig)').fill('Bärengruppe');
  await clickAndWait(lead, main(lead).getByRole('button', { name: 'Vorschau aktualisieren' }));
  assert.match(await textOf(main(lead).locator('.contract-text')), /von 07:30 bis 15:00 Uhr\. Das Kind wird in der Gruppe „Bärengruppe“ betreut/);
  await clickAndWait(lead, main(lead).getByRole('button', { name: 'Vertrag ausstellen' }));
  assert.match(await textOf(main(lead).getByRole('status')), /Betreuungsvertrag wurde erstellt/);
  await accessible(lead, 'registration with the contract');

  // The parent: account → contract link; documents page; download the PDF.
  await parent.goto(url('/steinfurt/konto'));
  const section = main(parent).locator('section', { has: parent.getByRole('heading', { name: `${childName} Müller` }) });
  const card = section.locator('li.registration', { hasText: 'Kita Sonnenschein' }).filter({ hasText: 'Betreuungsvertrag:' });
  assert.equal(await card.count(), 1, 'the account lists the contract');
  await accessible(parent, 'account with a contract');
  // The contract page says what was agreed; online acceptance is off here, so it asks for paper.
  await clickAndWait(parent, card.getByRole('link', { name: 'Vertrag ansehen und annehmen' }));
  assert.equal(await h1(parent), `Betreuungsvertrag für ${childName}`);
  assert.match(await textOf(main(parent)), /montags bis freitags 07:30 bis 15:00 Uhr \(35 Stunden pro Woche\)/);
  assert.match(await textOf(main(parent)), /Bärengruppe/);
  assert.match(await textOf(main(parent)), /Bitte drucken Sie den Vertrag aus/);
  await accessible(parent, 'the family\'s contract page');
  await parent.goto(url('/steinfurt/konto'));
  await clickAndWait(parent, card.getByRole('link', { name: /^Dokumente/ }));
  assert.equal(await h1(parent), `Dokumente für ${childName}`);
  await accessible(parent, 'documents page');
  const [download] = await Promise.all([
    parent.waitForEvent('download'),
    main(parent).getByRole('link', { name: 'Betreuungsvertrag', exact: true }).click(),
  ]);
  const pdfPath = await download.path();
  const pdf = readFileSync(pdfPath);
  assert.equal(pdf.subarray(0, 8).toString('latin1'), '%PDF-1.4');
  assert.ok(pdf.toString('latin1').includes(`${childName} M\u00fcller`), 'the contract names the child');
  assert.match(download.suggestedFilename(), /^Betreuungsvertrag-.*-v1\.pdf$/);

  // A photo renamed to .pdf is refused with the reason; the signed PDF is accepted.
  await main(parent).getByLabel('Art des Dokuments').selectOption('signed');
  await main(parent).getByLabel('Datei (PDF, JPEG oder PNG)').setInputFiles({ name: 'vertrag.pdf', mimeType: 'application/pdf', buffer: Buffer.from('GIF89a not a pdf') });
  await clickAndWait(parent, main(parent).getByRole('button', { name: 'Hochladen' }));
  assert.match(await textOf(main(parent).getByRole('alert')), /Geprüft wird der Inhalt der Datei/);
  await accessible(parent, 'documents page with a refused upload');
  await main(parent).getByLabel('Art des Dokuments').selectOption('signed');
  await main(parent).getByLabel('Datei (PDF, JPEG oder PNG)').setInputFiles({ name: 'Vertrag unterschrieben.pdf', mimeType: 'application/pdf', buffer: pdf });
  await clickAndWait(parent, main(parent).getByRole('button', { name: 'Hochladen' }));
  assert.match(await textOf(main(parent).getByRole('status')), /Dokument wurde gespeichert/);
  assert.match(await textOf(main(parent)), /Vertrag unterschrieben\.pdf/);

  // The same page on a phone.
  const phone = await (await phoneContext(browser, 375, 740)).newPage();
  await phone.context().addCookies(await parentCtx.cookies());
  await phone.goto(url(`/steinfurt/konto/vormerkungen/${regId}/dokumente`));
  await accessible(phone, 'documents page (phone)');
  await assertNoHorizontalScroll(phone, 375, assert, 'documents page at 375px');
  await screenshot(phone, 'documents-375');
  await phone.context().close();

  // The lead sees the message and confirms; the parent's account shows the concluded contract.
  await lead.goto(url(`/steinfurt/einrichtung/${FACILITY}`));
  assert.match(await textOf(main(lead)), new RegExp(`Unterschriebener Vertrag für ${childName}`));
  await lead.goto(url(detail));
  await clickAndWait(lead, main(lead).getByRole('button', { name: 'Vertrag bestätigen' }));
  assert.match(await textOf(main(lead).getByRole('status')), /Vertrag ist bestätigt/);
  await parent.goto(url('/steinfurt/konto'));
  const done = section.locator('li.registration', { hasText: 'Betreuungsvertrag geschlossen' });
  assert.equal(await done.count(), 1, 'contracted in the account');
  assert.equal(await done.getByRole('link', { name: 'Unterschriebener Vertrag' }).count(), 1, 'with a download link');
  assert.equal(await done.getByRole('link', { name: 'Betreuungsvertrag', exact: true }).count(), 1, 'and the contract');

  await Promise.all([parentCtx.close(), leadCtx.close()]);
});
