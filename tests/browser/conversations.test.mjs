// Family and Kita talk to each other and agree on a date for the admission talk (issue 21), both on
// a 390 px phone:
//   1. a family in Steinfurt (eltern.weber) registers a new three-year-old at Kita Sonnenschein
//      (through the JSON API), opens "Mit der Einrichtung schreiben" from its account and writes;
//   2. the lead (leitung.sonnenschein) opens the registration on the desk, follows "Mit der Familie
//      schreiben", reads the message, answers with a PDF attached and offers two times for the
//      talk (one "Vor Ort", one "Per Telefon", 2–3 weeks ahead) – after a time in the past was
//      refused with its German message;
//   3. the family sees "Termine für das Aufnahmegespräch: bitte wählen" in its account, picks the
//      time "Vor Ort", downloads the calendar file and writes once more;
//   4. the lead sees "Gespräch: …" on the waiting list, finds the conversation with one unread
//      message in "Nachrichten und Mitteilungen" and sends an announcement to the families
//      waiting for the child's start (after an empty subject was refused), which the family reads;
//   5. the family cancels with a reason; the lead reads the reason and takes both times back.
// axe-core checks every page (the refused forms and the opened offer form included); the
// conversation and the inbox must not scroll sideways on the phone.
//
// May run many times against the same database: every run registers a NEW child, for the start
// one Kita year after season() (so that the announcement reaches only this test's family: no
// other browser test registers for that start), at times chosen per run; at the end the times
// are taken back and the registration is withdrawn (also when a step fails), so the facility's
// calendar and its list of open conversations do not grow.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  url, launch, phoneContext, clickAndWait, textOf, idpAccounts, signIn as signInAt, assertAccessible,
  assertNoHorizontalScroll, season, apiOf, findWaitingRow, requireServers, screenshot,
} from './lib.mjs';

const signIn = (page, account, path) => signInAt(page, account, path, assert);
const accessible = (page, what) => assertAccessible(page, what, assert);
const accounts = idpAccounts();
// eltern.weber: German profile, a family in Steinfurt (cases.test.mjs and season.test.mjs use it
// too, each with a child of its own; nothing here touches their children).
const PARENT = accounts['eltern.weber'];
const LEAD = accounts['leitung.sonnenschein'];
const FACILITY = LEAD.roles[0].scope;
const FACILITY_NAME = 'Kita Sonnenschein';
const WIDTH = 390;
const HEIGHT = 844;
const main = (page) => page.locator('#main');
const h1 = (page) => textOf(main(page).locator('h1'));
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pad = (n) => String(n).padStart(2, '0');
const german = (iso) => iso.split('-').reverse().join('.');
/** Local day `days` ahead (a weekday: Saturday and Sunday move on to Monday), YYYY-MM-DD. */
function weekdayAhead(days) {
  const d = new Date();
  d.setHours(12, 0, 0, 0);
  d.setDate(d.getDate() + days);
  while (d.getDay() === 0 || d.getDay() === 6) d.setDate(d.getDate() + 1);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
const plusMinutes = (hhmm, minutes) => {
  const [h, m] = hhmm.split(':').map(Number);
  const t = h * 60 + m + minutes;
  return `${pad(Math.floor(t / 60))}:${pad(t % 60)}`;
};
/** A time between 08:00 and 15:25, five minutes apart, different from run to run. */
const someTime = () => plusMinutes('08:00', 5 * Math.floor(Math.random() * 90));
/** A small valid PDF (one empty page), as a family or a Kita would attach one. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'
  + '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n'
  + 'xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n0000000101 00000 n \n'
  + 'trailer<</Size 4/Root 1 0 R>>\nstartxref\n164\n%%EOF\n',
);

let browser;
before(async () => {
  await requireServers('/steinfurt/');
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Opens a <details> by its summary (a click, as a user would) unless it is open already. */
async function unfold(page, summaryText) {
  const details = main(page).locator('details', { has: page.locator('summary', { hasText: summaryText }) });
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  return details;
}

/** Fills row `n` ("Termin n") of the offer form. */
async function fillRow(page, n, { date, time, minutes, mode, place }) {
  const row = main(page).getByRole('group', { name: `Termin ${n}`, exact: true });
  await row.getByLabel('Datum').fill(date);
  await row.getByLabel('Uhrzeit').fill(time);
  await row.getByLabel('Dauer in Minuten').fill(String(minutes));
  await row.getByLabel('Art').selectOption({ label: mode });
  await row.getByLabel('Ort oder Zugang (bei „Vor Ort“ Pflicht)').fill(place);
}

test('family and Kita write to each other and agree on a date for the admission talk, on a phone', async () => {
  const tag = Date.now().toString(36).slice(-5);
  const childName = `Lotta${tag}`;
  const child = `${childName} Weber`;
  const start = `${Number(season().slice(0, 4)) + 1}-08-01`;
  const contexts = [];
  let api;
  let leadApi;
  let regId;
  try {
    // 1. The family: a new child, registered at Kita Sonnenschein; the first message --------------
    const family = await phoneContext(browser, WIDTH, HEIGHT);
    contexts.push(family);
    const parent = await family.newPage();
    await signIn(parent, PARENT, '/steinfurt/');
    api = apiOf(family);
    if ((await api.get(url('/api/v1/tenants/steinfurt/family'))).status() !== 200) {
      const put = await api.put(url('/api/v1/tenants/steinfurt/family'), {
        data: { first_name: 'Hannah', last_name: 'Weber', street: 'Markt 2', postcode: '48565', city: 'Steinfurt', phone: '02551 2', email: PARENT.email },
      });
      assert.equal(put.status(), 200, await put.text());
    }
    const birth = new Date(Date.parse(season()) - 1300 * 86400_000).toISOString().slice(0, 10);
    const made = await api.post(url('/api/v1/tenants/steinfurt/children'), { data: { first_name: childName, last_name: 'Weber', birth_date: birth } });
    assert.equal(made.status(), 201, await made.text());
    const reg = await api.post(url('/api/v1/tenants/steinfurt/registrations'), {
      data: { child_id: (await made.json()).id, facility_id: FACILITY, start, hours: 35, rank: 1 },
    });
    assert.equal(reg.status(), 201, await reg.text());
    regId = (await reg.json()).id;
    const conversation = `/steinfurt/nachrichten/${regId}`;

    await parent.goto(url('/steinfurt/konto'));
    const childSection = main(parent).locator('section', { has: parent.getByRole('heading', { name: child, exact: true }) });
    const card = childSection.locator('li.registration', { has: parent.getByRole('heading', { name: FACILITY_NAME, exact: true }) });
    assert.equal(await card.count(), 1, `the account shows ${child} at ${FACILITY_NAME}`);
    assert.equal(await card.getByRole('link', { name: /Aufnahmegespräch/ }).count(), 0, 'no talk offered yet');
    await clickAndWait(parent, card.getByRole('link', { name: 'Mit der Einrichtung schreiben' }));
    assert.equal(parent.url(), url(conversation));
    assert.equal(await h1(parent), 'Nachrichten zur Vormerkung');
    const talkSection = (page) => main(page).getByRole('region', { name: 'Aufnahmegespräch' });
    assert.match(await textOf(talkSection(parent)), /Die Einrichtung hat noch keine Termine für ein Aufnahmegespräch angeboten\./);
    assert.equal(await main(parent).getByRole('heading', { name: 'Nachrichten', level: 2, exact: true }).count(), 1);
    assert.match(await textOf(main(parent)), /Noch keine Nachrichten\./);
    await accessible(parent, 'conversation, empty (family, phone)');
    await assertNoHorizontalScroll(parent, WIDTH, assert, 'empty conversation (family)');
    const question = `Guten Tag, wir möchten ${childName} gern bei Ihnen vorstellen. Wann passt es Ihnen? (${tag})`;
    await main(parent).getByLabel('Ihre Nachricht').fill(question);
    await clickAndWait(parent, main(parent).getByRole('button', { name: 'Nachricht senden' }));
    assert.equal(parent.url(), url(`${conversation}?hinweis=gesendet#neu`));
    assert.match(await textOf(main(parent).getByRole('status')), /Die Nachricht ist gesendet\./);
    const messages = (page) => main(page).locator('ol.conversation > li');
    assert.equal(await messages(parent).count(), 1);
    assert.match(await textOf(messages(parent).first()), new RegExp(`^Familie · \\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2} ${escape(question)}$`));
    assert.equal(await main(parent).getByLabel('Ihre Nachricht').inputValue(), '', 'the form is empty again');
    await accessible(parent, 'conversation with a message (family, phone)');
    await assertNoHorizontalScroll(parent, WIDTH, assert, 'conversation with a message (family)');

    // 2. The lead, also on a phone: registration → conversation → answer → times ----------------
    const desk = await phoneContext(browser, WIDTH, HEIGHT);
    contexts.push(desk);
    const lead = await desk.newPage();
    leadApi = apiOf(desk);
    await signIn(lead, LEAD, `/steinfurt/einrichtung/${FACILITY}`);
    const row = await findWaitingRow(lead, 'steinfurt', FACILITY, child);
    assert.equal(await row.count(), 1, `${child} is on the waiting list`);
    await clickAndWait(lead, row.getByRole('link', { name: child }));
    assert.equal(await h1(lead), child);
    assert.equal(await main(lead).getByRole('link', { name: 'Termine für das Aufnahmegespräch anbieten' }).getAttribute('href'), `${conversation}#gespraech`);
    await clickAndWait(lead, main(lead).getByRole('link', { name: 'Mit der Familie schreiben' }));
    assert.equal(lead.url(), url(conversation));
    assert.equal(await h1(lead), 'Nachrichten zur Vormerkung');
    assert.equal(await main(lead).getByRole('link', { name: 'Zurück' }).getAttribute('href'), `/steinfurt/einrichtung/${FACILITY}/vormerkungen/${regId}`);
    assert.match(await textOf(messages(lead).first()), new RegExp(`^Familie · .*${escape(question)}$`), 'the lead reads the family\'s message');
    assert.match(await textOf(talkSection(lead)), /Noch keine Termine angeboten\./);
    await accessible(lead, 'conversation (facility, phone)');
    await assertNoHorizontalScroll(lead, WIDTH, assert, 'conversation (facility)');

    const answer = `Guten Tag, gern! Wir schlagen Ihnen gleich zwei Termine vor. Anbei unser Aufnahmebogen (${tag}).`;
    await main(lead).getByLabel('Ihre Nachricht').fill(answer);
    await main(lead).getByLabel('Datei anhängen (freiwillig)').setInputFiles({ name: 'aufnahmebogen.pdf', mimeType: 'application/pdf', buffer: PDF });
    await clickAndWait(lead, main(lead).getByRole('button', { name: 'Nachricht senden' }));
    assert.match(await textOf(main(lead).getByRole('status')), /Die Nachricht ist gesendet\./);
    assert.equal(await messages(lead).count(), 2);
    const reply = messages(lead).nth(1);
    assert.match(await textOf(reply), new RegExp(`^Einrichtung · .*${escape(answer)}`));
    assert.equal(await reply.getByRole('link', { name: 'Anhang: aufnahmebogen.pdf' }).count(), 1, 'the attachment is linked');

    // A time in the past: refused, the page again with the German message and what was typed.
    const offerSummary = 'Termine für das Aufnahmegespräch anbieten';
    const offer = await unfold(lead, offerSummary);
    assert.equal(await offer.getByRole('group', { name: /^Termin \d$/ }).count(), 5, 'five rows of times');
    const yesterday = weekdayAhead(-3);
    await fillRow(lead, 1, { date: yesterday, time: '10:00', minutes: 30, mode: 'Vor Ort', place: 'Gruppenraum Sonne' });
    const refused = await clickAndWait(lead, main(lead).getByRole('button', { name: 'Termine anbieten' }));
    assert.equal(refused.status(), 400, 'a time in the past is refused');
    assert.match(await lead.title(), /^Fehler/, 'the title says the form was refused');
    const alert = main(lead).getByRole('alert');
    assert.equal(await alert.count(), 1, 'one alert');
    assert.ok(await alert.isVisible(), 'the alert is visible');
    assert.match(await textOf(alert), /Datum: Termin 1 liegt in der Vergangenheit\./);
    assert.notEqual(await main(lead).locator('details', { has: lead.locator('summary', { hasText: offerSummary }) }).getAttribute('open'), null, 'the offer form stays open');
    const row1 = main(lead).getByRole('group', { name: 'Termin 1', exact: true });
    assert.equal(await row1.getByLabel('Datum').inputValue(), yesterday, 'what was typed stays');
    assert.equal(await row1.getByLabel('Ort oder Zugang (bei „Vor Ort“ Pflicht)').inputValue(), 'Gruppenraum Sonne');
    // The message leads to its field and the field is marked, as on every refused form of the portal.
    const toField = alert.getByRole('link');
    assert.equal(await toField.count(), 1, 'the message is a link');
    const dateId = await row1.getByLabel('Datum').getAttribute('id');
    assert.equal(await toField.getAttribute('href'), `#${dateId}`, '"Termin 1: …" leads to "Datum" of "Termin 1"');
    await toField.click();
    assert.equal(await lead.evaluate(() => document.activeElement?.id), dateId, 'following the link focuses the field');
    assert.equal(await row1.getByLabel('Datum').getAttribute('aria-invalid'), 'true', '"Datum" of "Termin 1" is marked');
    await accessible(lead, 'conversation with a refused time (facility, phone)');
    await assertNoHorizontalScroll(lead, WIDTH, assert, 'conversation with a refused time (facility)');

    // Two times 2–3 weeks ahead; another try at other times if one overlaps a time the facility
    // already has (from another registration).
    let place;
    let phone;
    for (let attempt = 1; ; attempt++) {
      place = { date: weekdayAhead(14), time: someTime(), minutes: 30, mode: 'Vor Ort', place: `Gruppenraum Sonne im Erdgeschoss ${tag}` };
      phone = { date: weekdayAhead(17), time: someTime(), minutes: 20, mode: 'Per Telefon', place: '' };
      await unfold(lead, offerSummary);
      await fillRow(lead, 1, place);
      await fillRow(lead, 2, phone);
      const res = await clickAndWait(lead, main(lead).getByRole('button', { name: 'Termine anbieten' }));
      if (res.status() === 409 && /überschneidet sich/.test(await textOf(main(lead).getByRole('alert'))) && attempt < 5) continue;
      assert.equal(res.status(), 200, `the times are offered (${await textOf(main(lead).getByRole('alert')).catch(() => '')})`);
      break;
    }
    assert.equal(lead.url(), url(`${conversation}?hinweis=angeboten#gespraech`));
    assert.match(await textOf(main(lead).getByRole('status')), /Die Termine sind angeboten\. Die Familie ist informiert\./);
    const at = (s) => `${german(s.date)} ${s.time}`;
    const line = (s) => `${at(s)} bis ${plusMinutes(s.time, s.minutes)} Uhr · ${s.mode}${s.place ? `: ${s.place}` : ''}`;
    for (const s of [place, phone]) {
      const item = talkSection(lead).locator('li', { hasText: at(s) });
      assert.equal(await item.count(), 1, `the time ${at(s)} is listed for the lead`);
      assert.ok((await textOf(item)).startsWith(`${line(s)} Zurücknehmen`), await textOf(item));
      const withdraw = item.getByRole('button', { name: `Zurücknehmen ${at(s)}` });
      assert.equal(await withdraw.count(), 1, 'each time can be taken back');
    }
    await unfold(lead, offerSummary);
    await accessible(lead, 'conversation with offered times and the offer form open (facility, phone)');
    await assertNoHorizontalScroll(lead, WIDTH, assert, 'conversation with the offer form open (facility)');
    await screenshot(lead, 'conversation-facility-390');

    // 3. The family picks the time "Vor Ort" ---------------------------------------------------------
    await parent.goto(url('/steinfurt/konto'));
    const pick = card.getByRole('link', { name: 'Termine für das Aufnahmegespräch: bitte wählen' });
    assert.equal(await pick.count(), 1, 'the account asks the family to pick a time');
    await clickAndWait(parent, pick);
    assert.equal(parent.url(), url(`${conversation}#gespraech`));
    assert.match(await textOf(talkSection(parent)), /Die Einrichtung lädt Sie zu einem persönlichen Gespräch ein\. Bitte wählen Sie einen Termin\./);
    assert.match(await textOf(messages(parent).nth(1)), new RegExp(`^Einrichtung · .*${escape(answer)}`), 'the family reads the answer');
    const attachment = messages(parent).nth(1).getByRole('link', { name: 'Anhang: aufnahmebogen.pdf' });
    const file = await family.request.get(url(await attachment.getAttribute('href')));
    assert.equal(file.status(), 200, 'the family downloads the attachment');
    assert.equal((await file.body()).subarray(0, 5).toString(), '%PDF-');
    for (const s of [place, phone]) {
      const item = talkSection(parent).locator('li', { hasText: at(s) });
      assert.equal(await item.count(), 1, `the time ${at(s)} is offered to the family`);
      assert.ok((await textOf(item)).startsWith(`${line(s)} Diesen Termin wählen`), await textOf(item));
      // Its name tells the time (the visible text alone would be the same for every time), after the visible text.
      assert.equal(await item.getByRole('button', { name: `Diesen Termin wählen ${at(s)}` }).count(), 1, `a button to pick ${at(s)}`);
    }
    await accessible(parent, 'conversation with times to pick (family, phone)');
    await assertNoHorizontalScroll(parent, WIDTH, assert, 'conversation with times to pick (family)');
    await clickAndWait(parent, talkSection(parent).locator('li', { hasText: at(place) }).getByRole('button', { name: new RegExp(escape(at(place))) }));
    assert.equal(parent.url(), url(`${conversation}?hinweis=gebucht#gespraech`));
    assert.match(await textOf(main(parent).getByRole('status')), /Der Termin ist gebucht\. Die Kalenderdatei kommt auch per E-Mail\./);
    const booked = talkSection(parent).locator('p.notice', { hasText: 'Termin:' });
    assert.equal(await textOf(booked), `Termin: ${at(place)} bis ${plusMinutes(place.time, place.minutes)} Uhr Vor Ort: ${place.place}`);
    const ics = talkSection(parent).getByRole('link', { name: 'Termin in den Kalender übernehmen (.ics)' });
    assert.equal(await ics.getAttribute('href'), `${conversation}/termin.ics`);
    const cal = await parent.request.get(url(await ics.getAttribute('href')));
    assert.equal(cal.status(), 200);
    assert.match(cal.headers()['content-type'], /^text\/calendar/);
    const calText = (await cal.text()).replace(/\r?\n[ \t]/g, '');
    assert.match(calText, /^BEGIN:VCALENDAR/);
    assert.match(calText, /BEGIN:VEVENT[\s\S]*END:VEVENT/);
    assert.ok(calText.includes(`SUMMARY:Aufnahmegespräch: ${childName} – ${FACILITY_NAME}`), `the event's summary (${calText})`);
    // DTSTART in UTC is the typed time in Germany.
    const dtstart = calText.match(/^DTSTART:(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})00Z$/m);
    assert.ok(dtstart, `a DTSTART in UTC (${calText})`);
    const startsAt = new Date(Date.UTC(+dtstart[1], +dtstart[2] - 1, +dtstart[3], +dtstart[4], +dtstart[5]));
    const berlin = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'medium', timeStyle: 'short' }).format(startsAt);
    assert.equal(berlin, `${german(place.date)}, ${place.time}`, 'the event starts at the booked time');
    assert.ok(calText.includes(`LOCATION:${place.place}`), `the event's place (${calText})`);
    // The other time stays offered: the family may move the talk there.
    const other = talkSection(parent).locator('li', { hasText: at(phone) });
    assert.equal(await other.getByRole('button', { name: new RegExp(escape(at(phone))) }).count(), 1, 'the other time can still be chosen');
    assert.match(await textOf(other), /Auf diesen Termin verlegen/);
    await accessible(parent, 'conversation with a booked talk (family, phone)');
    await assertNoHorizontalScroll(parent, WIDTH, assert, 'conversation with a booked talk (family)');
    await screenshot(parent, 'conversation-family-booked-390');
    const thanks = `Danke, wir kommen gern am ${german(place.date)} (${tag}).`;
    await main(parent).getByLabel('Ihre Nachricht').fill(thanks);
    await clickAndWait(parent, main(parent).getByRole('button', { name: 'Nachricht senden' }));
    assert.match(await textOf(main(parent).getByRole('status')), /Die Nachricht ist gesendet\./);
    await parent.goto(url('/steinfurt/konto'));
    assert.equal(await textOf(card.getByRole('link', { name: /^Aufnahmegespräch:/ })), `Aufnahmegespräch: ${at(place)}`);
    assert.equal(await card.getByRole('link', { name: 'Termine für das Aufnahmegespräch: bitte wählen' }).count(), 0, 'no longer asked to pick');
    await accessible(parent, 'account with a booked talk (phone)');

    // 4. The lead: the waiting list, the inbox, an announcement ------------------------------------
    const listed = await findWaitingRow(lead, 'steinfurt', FACILITY, child);
    assert.match(await textOf(listed.locator('td').last()), new RegExp(`Gespräch: ${escape(at(place))}$`), 'the status cell names the talk');
    await clickAndWait(lead, main(lead).getByRole('link', { name: 'Nachrichten und Mitteilungen' }));
    assert.equal(lead.url(), url(`/steinfurt/einrichtung/${FACILITY}/nachrichten`));
    assert.equal(await h1(lead), `Nachrichten – ${FACILITY_NAME}`);
    const inboxRow = main(lead).getByRole('row', { name: new RegExp(escape(child)) });
    assert.equal(await inboxRow.count(), 1, 'the inbox lists the conversation');
    assert.match(await textOf(inboxRow), /1 ungelesen$/, `one unread message (${await textOf(inboxRow)})`);
    assert.equal(await inboxRow.getByRole('link', { name: child }).getAttribute('href'), conversation);
    await accessible(lead, 'inbox (facility, phone)');
    await assertNoHorizontalScroll(lead, WIDTH, assert, 'inbox (facility)', { knownOverflow: '.table-wrap' });
    // The announcement: an empty subject is refused at the field, then it goes to the child's start.
    const announce = main(lead).getByRole('region', { name: 'Mitteilung an alle Familien eines Aufnahmetermins' });
    const startOption = announce.getByLabel('Beginn').locator('option', { hasText: german(start) });
    assert.equal(await startOption.count(), 1, `the start ${german(start)} can be chosen`);
    assert.match(await textOf(startOption), new RegExp(`^${escape(german(start))} \\((eine Familie|\\d+ Familien)\\)$`));
    await announce.getByLabel('Beginn').selectOption(await startOption.getAttribute('value'));
    await announce.getByLabel('Betreff').evaluate((el) => el.removeAttribute('required'));
    const body = `Liebe Familien, am Samstag laden wir Sie zum Tag der offenen Tür ein (${tag}).`;
    await announce.getByLabel('Mitteilung').fill(body);
    const noSubject = await clickAndWait(lead, announce.getByRole('button', { name: 'Mitteilung senden' }));
    assert.equal(noSubject.status(), 400, 'no subject: refused');
    assert.match(await textOf(main(lead).getByRole('alert')), /Bitte geben Sie einen Betreff mit höchstens \d+ Zeichen an\./);
    assert.equal(await announce.getByLabel('Betreff').getAttribute('aria-invalid'), 'true', 'the subject is marked');
    assert.equal(await announce.getByLabel('Mitteilung').inputValue(), body, 'what was typed stays');
    assert.equal(await main(lead).getByRole('alert').getByRole('link').getAttribute('href'), '#subject');
    await accessible(lead, 'inbox with a refused announcement (facility, phone)');
    const subject = `Tag der offenen Tür ${tag}`;
    await announce.getByLabel('Betreff').fill(subject);
    await clickAndWait(lead, announce.getByRole('button', { name: 'Mitteilung senden' }));
    assert.match(await textOf(main(lead).getByRole('status')), /Die Mitteilung ist gesendet\./);
    assert.equal(await main(lead).locator('#mitteilung li', { hasText: subject }).count(), 1, 'the announcement is among those sent');
    await accessible(lead, 'inbox after an announcement (facility, phone)');
    await assertNoHorizontalScroll(lead, WIDTH, assert, 'inbox after an announcement (facility)', { knownOverflow: '.table-wrap' });
    await clickAndWait(lead, main(lead).getByRole('row', { name: new RegExp(escape(child)) }).getByRole('link', { name: child }));
    assert.match(await textOf(messages(lead).last()), new RegExp(`^Familie · .*${escape(thanks)}$`), 'the lead reads the thanks');
    assert.match(await textOf(talkSection(lead)), new RegExp(`Termin: ${escape(at(place))} bis`), 'the lead sees the booked talk');
    await accessible(lead, 'conversation with a booked talk (facility, phone)');
    // The family reads the announcement in its inbox.
    await parent.goto(url('/steinfurt/konto/nachrichten'));
    assert.equal(await main(parent).locator('li', { hasText: subject }).count(), 1, 'the family has the announcement');

    // 5. The family cancels with a reason; the lead reads it and takes the times back ---------------
    await parent.goto(url(conversation));
    await unfold(parent, 'Termin absagen');
    const reason = `Leider ist ${childName} krank geworden. Können wir einen neuen Termin finden? (${tag})`;
    await main(parent).getByLabel('Grund der Absage').fill(reason);
    await clickAndWait(parent, main(parent).getByRole('button', { name: 'Termin absagen', exact: true }));
    assert.equal(parent.url(), url(`${conversation}?hinweis=abgesagt#gespraech`));
    assert.match(await textOf(main(parent).getByRole('status')), /Der Termin ist abgesagt\. Die andere Seite ist informiert\./);
    assert.equal(await talkSection(parent).getByRole('link', { name: 'Termin in den Kalender übernehmen (.ics)' }).count(), 0, 'no talk booked');
    assert.match(await textOf(messages(parent).last()), new RegExp(`^Familie · .*${escape(reason)}$`), 'the reason is a message');
    await accessible(parent, 'conversation after cancelling (family, phone)');
    await assertNoHorizontalScroll(parent, WIDTH, assert, 'conversation after cancelling (family)');

    await lead.goto(url(conversation));
    assert.match(await textOf(messages(lead).last()), new RegExp(`^Familie · .*${escape(reason)}$`), 'the lead reads the reason');
    assert.doesNotMatch(await textOf(talkSection(lead)), /Termin: /, 'no talk booked');
    for (const s of [place, phone]) {
      await clickAndWait(lead, talkSection(lead).getByRole('button', { name: `Zurücknehmen ${at(s)}` }));
      assert.match(await textOf(main(lead).getByRole('status')), /Der Termin ist zurückgenommen\./);
    }
    assert.match(await textOf(talkSection(lead)), /Noch keine Termine angeboten\./);
    const unlisted = await findWaitingRow(lead, 'steinfurt', FACILITY, child);
    assert.doesNotMatch(await textOf(unlisted), /Gespräch:/, 'no talk on the waiting list any more');
  } finally {
    // Whatever happened: no talk left booked, no time left offered, the registration withdrawn.
    if (regId && api) {
      const talk = `/api/v1/tenants/steinfurt/registrations/${regId}/talk`;
      await api.post(url(`${talk}/cancel`), { data: { reason: 'Testlauf beendet.' } }).catch(() => {});
      if (leadApi) {
        const slots = await (await leadApi.get(url(talk)).catch(() => null))?.json().catch(() => null);
        for (const s of slots?.slots ?? []) await leadApi.delete(url(`${talk}/slots/${s.id}`)).catch(() => {});
      }
      const res = await api.post(url(`/api/v1/tenants/steinfurt/registrations/${regId}/withdraw`));
      if (res.status() !== 200) console.error(`could not withdraw the registration ${regId}: ${res.status()} ${await res.text()}`);
    }
    await Promise.all(contexts.map((c) => c.close()));
  }
});
