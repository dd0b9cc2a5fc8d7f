// A parent's whole journey through the portal, clicked like a real user: search → "Meine Auswahl"
// → sign in at the OpenID provider → family profile → child → register at three offers → account
// → withdraw one → inbox → sign out. Once at phone size and once at desktop size, each in a fresh
// browser context (the provider keeps a single-sign-on session per cookie jar).
//
// Runs against a long-running portal and provider (STEP_BASE_URL, STEP_IDP_URL) and may run many
// times against the same database: a parent account completes its family profile only once, so
// later runs find the family (and older children) already there. Every run therefore adds a NEW
// child with a unique first name, so its registrations never collide with earlier runs.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE_URL, IDP_URL, url, launch, phoneContext, desktopContext, axeSerious, formatViolations, openMenu,
  scrollWidth, overflowingElements, screenshot, clickAndWait, textOf, idpAccounts,
  requireServers,
} from './lib.mjs';

const accounts = idpAccounts();
const SEARCH = '/rheine/suche?kind=kita&hours=35';
const SELECT = 'Kita/KTP auswählen';
const REGISTERED = 'Vorgemerkt (auf der Warteliste)';
const WITHDRAWN = 'Zurückgezogen';

let browser;
before(async () => {
  await requireServers('/rheine/');
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

// ---------------------------------------------------------------------------------------------
const header = (page) => page.locator('header.site-header');
const main = (page) => page.locator('#main');
const notice = (page) => main(page).locator('[role="status"]');
const h1 = (page) => textOf(main(page).locator('h1'));

/** Path and query of the current page, e.g. "/rheine/auswahl?hinweis=added". */
const here = (page) => {
  const u = new URL(page.url());
  return u.origin === new URL(BASE_URL).origin ? u.pathname + u.search : u.href;
};

const iso = (d) => d.toISOString().slice(0, 10);
const fromGerman = (de) => {
  const [d, m, y] = de.split('.').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};

/** Default start from the search form's hint "Ohne Angabe: 01.08.2027 (Beginn des Kita-Jahres)." */
async function defaultStart(page) {
  const hint = (await page.locator('#start-hint').textContent()).replace(/\s+/g, ' ');
  const m = hint.match(/Ohne Angabe: (\d{2}\.\d{2}\.\d{4})/);
  assert.ok(m, `start hint names the default date (got "${hint}")`);
  return m[1];
}

/** Collects accessibility and layout problems of every portal page visited; asserted at the end
 *  so that one run reports all of them (and the journey itself still gets checked). */
function auditor(page, width, tag) {
  const problems = [];
  const pages = [];
  return {
    problems,
    pages,
    async check(name) {
      pages.push(name);
      const violations = await axeSerious(page);
      if (violations.length) problems.push(`${name} – ${here(page)}:\n${formatViolations(violations)}`);
      if (width <= 375) {
        const sw = await scrollWidth(page);
        if (sw > width) {
          problems.push(`${name} – ${here(page)}: horizontal scrolling at ${width}px (scrollWidth ${sw}); ` +
            `wider elements: ${(await overflowingElements(page)).join(', ')}`);
        }
      }
      await screenshot(page, `journey-${tag}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`);
    },
  };
}

/** The family form's own fields (the second parent's fieldset reuses "Vorname", "Nachname", …). */
const familyField = (page, label) => page.locator('form.card > .field').getByLabel(label, { exact: true });

async function fillFamily(page, values) {
  for (const [label, value] of Object.entries(values)) await familyField(page, label).fill(value);
}

/** The registrations of one child on "Mein Konto": [{ facility, status, rank }]. */
async function registrationsOf(section) {
  const out = [];
  for (const li of await section.locator('li.registration').all()) {
    const line = await textOf(li.locator('p').first());
    out.push({
      facility: await textOf(li.locator('h3')),
      status: await textOf(li.locator('.status')),
      rank: Number(line.match(/Priorität (\d+)/)?.[1]),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
async function journey(page, { width, username, tag, log }) {
  const account = accounts[username];
  assert.ok(account, `account ${username} in deploy/dev-idp/accounts.json`);
  const audit = auditor(page, width, tag);
  // By its address: on a phone the menu may be closed, and hidden links have no role to find.
  const selectionLink = header(page).locator('a[href$="/auswahl"]');

  // 1. Search and pick three results ------------------------------------------------------------
  let res = await page.goto(url(SEARCH));
  assert.equal(res.status(), 200, 'search page');
  const start = await defaultStart(page);
  const picked = [];
  for (let i = 1; i <= 3; i++) {
    const result = page.locator('li.result').filter({ has: page.locator('form.select-form') }).first();
    const name = await textOf(result.locator('h3 a'));
    const button = result.locator('button', { hasText: SELECT });
    assert.equal(await textOf(button), SELECT, `result "${name}" has the button "${SELECT}"`);
    res = await clickAndWait(page, button);
    assert.equal(res.status(), 200);
    // The parent stays on the results, the choice confirmed beside the facility (issue 16).
    assert.ok(here(page).startsWith(`${SEARCH}&gewaehlt=`), `pick ${i} stays on the results (at ${here(page)})`);
    const shown = page.locator('li.result', { has: page.locator('#chosen') });
    assert.equal(await textOf(shown.locator('h3 a')), name, 'the confirmation stands beside the chosen offer');
    assert.equal(await textOf(shown.locator('#chosen')), `Ausgewählt ✓ – ${i} von 5 in „Meine Auswahl“`);
    assert.equal(await textOf(selectionLink), `Meine Auswahl (${i})`, `header counts pick ${i}`);
    picked.push(name);
    assert.equal(await shown.locator('form.select-form').count(), 0, `the pick "${name}" is marked`);
    for (const n of picked) {
      const r = page.locator('li.result').filter({ has: page.locator('h3 a', { hasText: n }) }).first();
      assert.match(await textOf(r.locator('.selected-mark')), /^Ausgewählt ✓/, `"${n}" is marked as selected`);
      assert.equal(await r.locator('form.select-form').count(), 0, `"${n}" cannot be picked twice`);
    }
  }
  assert.equal(await textOf(selectionLink), 'Meine Auswahl (3)');

  // 2. "Meine Auswahl": reorder, then sign in --------------------------------------------------
  await openMenu(page);
  await clickAndWait(page, selectionLink);
  assert.equal(here(page), '/rheine/auswahl');
  const order = () => main(page).locator('ol.selection-list .selection-name a').allTextContents();
  assert.deepEqual(await order(), picked, 'selection in the order picked');
  await audit.check('selection');

  await clickAndWait(page, main(page).getByRole('button', { name: `${picked[0]} nach unten` }));
  assert.equal(here(page), '/rheine/auswahl?hinweis=moved');
  assert.equal(await textOf(notice(page)), 'Die Reihenfolge wurde geändert.');
  const wanted = [picked[1], picked[0], picked[2]];
  assert.deepEqual(await order(), wanted, '↓ moved the first offer one down');

  const login = main(page).getByRole('link', { name: 'Anmelden', exact: true });
  assert.equal(await login.getAttribute('href'), '/rheine/login?return_to=/rheine/auswahl');
  await clickAndWait(page, login);
  assert.ok(page.url().startsWith(`${IDP_URL}/interaction/`), `provider's sign-in form (at ${page.url()})`);
  await page.getByLabel('Benutzername').fill(account.username);
  await page.getByLabel('Passwort').fill(account.password);
  await Promise.all([
    page.waitForURL(url('/rheine/auswahl')),
    page.getByRole('button', { name: 'Anmelden' }).click(),
  ]);

  // 3. Back on "Meine Auswahl": family, child, registration form --------------------------------
  assert.equal(await textOf(selectionLink), 'Meine Auswahl (3)', 'selection survives the sign-in');
  assert.deepEqual(await order(), wanted, 'order survives the sign-in');
  await openMenu(page);
  assert.ok(await header(page).getByRole('button', { name: 'Abmelden' }).isVisible(), '"Abmelden" in the header');
  await audit.check('selection, signed in');

  const card = main(page).locator('section[aria-labelledby="register-h"]');
  const familyFirst = card.getByRole('link', { name: 'Zuerst Familiendaten angeben' });
  const newFamily = (await familyFirst.count()) > 0;
  log(newFamily ? `${username}: new family, profile filled in` : `${username}: family from an earlier run, profile kept`);
  if (newFamily) {
    await clickAndWait(page, familyFirst);
  } else {
    // Earlier run: the family exists. Still look at (and check) its form via "Mein Konto".
    await openMenu(page);
    await clickAndWait(page, header(page).getByRole('link', { name: 'Mein Konto' }));
    await clickAndWait(page, main(page).getByRole('link', { name: 'Kontaktdaten ändern' }));
  }
  assert.equal(here(page), '/rheine/konto/familie');
  assert.equal(await h1(page), 'Familiendaten');
  await audit.check('family form');

  const family = {
    Vorname: account.given_name,
    Nachname: account.family_name,
    'Straße und Hausnummer': 'Emsstraße 12',
    Postleitzahl: '123',
    Ort: 'Rheine',
    Telefon: '05971 123-456',
    'E-Mail': account.email,
  };
  await fillFamily(page, family);
  res = await clickAndWait(page, main(page).getByRole('button', { name: 'Speichern' }));
  assert.equal(res.status(), 400, 'invalid postcode: status 400');
  assert.match(await page.title(), /^Fehler: Familiendaten/, 'title says there is an error');
  const alert = main(page).getByRole('alert');
  assert.match(await textOf(alert), /Bitte geben Sie eine fünfstellige Postleitzahl an\./, 'German message in role=alert');
  const postcode = familyField(page, 'Postleitzahl');
  assert.equal(await postcode.getAttribute('aria-invalid'), 'true', 'postcode marked invalid');
  assert.equal(await postcode.getAttribute('aria-describedby'), 'form-error', 'postcode points to the message');
  assert.equal(await postcode.inputValue(), '123', 'input re-shown');
  assert.equal(await familyField(page, 'Straße und Hausnummer').inputValue(), 'Emsstraße 12', 'other input kept');
  assert.equal(await alert.locator('a').getAttribute('href'), '#postcode', 'message links to the field');
  await audit.check('family form with error');

  if (newFamily) {
    await postcode.fill('48431');
    await clickAndWait(page, main(page).getByRole('button', { name: 'Speichern' }));
    assert.equal(here(page), '/rheine/konto/kinder?hinweis=family-saved', 'a new family goes on to its first child');
    assert.equal(await textOf(notice(page)), 'Ihre Familiendaten sind gespeichert.');
  } else {
    // Leave without saving; add the child from "Mein Konto".
    await openMenu(page);
    await clickAndWait(page, header(page).getByRole('link', { name: 'Mein Konto' }));
    await clickAndWait(page, main(page).getByRole('link', { name: 'Kind hinzufügen' }));
    assert.equal(here(page), '/rheine/konto/kinder');
  }
  assert.equal(await h1(page), 'Kind anlegen');
  await audit.check('child form');

  const birth = fromGerman(start);
  birth.setUTCMonth(birth.getUTCMonth() - 40); // 3 years 4 months before the start
  const child = { first: `Mia-${Date.now()}`, last: account.family_name };
  const childName = `${child.first} ${child.last}`;
  await main(page).getByLabel('Vorname', { exact: true }).fill(child.first);
  await main(page).getByLabel('Nachname', { exact: true }).fill(child.last);
  await main(page).getByLabel('Geburtsdatum', { exact: true }).fill(iso(birth));
  await clickAndWait(page, main(page).getByRole('button', { name: 'Kind speichern' }));
  assert.equal(here(page), '/rheine/auswahl?hinweis=child-saved', 'with a selection, the child leads back to it');
  assert.equal(await textOf(notice(page)), 'Das Kind ist gespeichert.');
  assert.equal(await textOf(selectionLink), 'Meine Auswahl (3)');
  assert.deepEqual(await order(), wanted);
  await audit.check('selection with registration form');

  const kind = main(page).getByLabel('Kind', { exact: true });
  const preselected = await kind.evaluate((sel) => sel.selectedOptions[0]?.textContent.trim());
  if (preselected !== childName) log(`"Kind" preselects "${preselected}", not the child just added`);
  await kind.selectOption({ label: childName });
  assert.equal(await card.getByLabel('Gewünschter Betreuungsbeginn').inputValue(), iso(fromGerman(start)),
    'start defaults to the beginning of the Kita year');
  const legends = await card.locator('fieldset.register-item > legend').allTextContents();
  assert.deepEqual(legends.map((l) => l.trim()), wanted.map((n, i) => `${i + 1}. ${n}`), 'one box per offer, by priority');
  for (const select of await card.locator('select[id^="hours_"]').all()) {
    assert.equal(await select.inputValue(), '35', 'hours default to 35');
  }
  const submit = card.getByRole('button', { name: 'Bei 3 Angeboten vormerken' });
  await clickAndWait(page, submit);

  // 4. "Mein Konto": three registrations, unread messages ----------------------------------------
  assert.equal(here(page), '/rheine/konto?hinweis=registered', 'registration leads to "Mein Konto"');
  assert.equal(await h1(page), 'Mein Konto');
  assert.match(await textOf(notice(page)), /^Ihr Kind ist vorgemerkt\./);
  assert.equal(await textOf(selectionLink), 'Meine Auswahl', 'registered offers leave the selection');
  const section = main(page).locator('section').filter({
    has: page.getByRole('heading', { level: 2, name: childName, exact: true }),
  });
  assert.equal(await section.count(), 1, `one section for ${childName}`);
  let regs = await registrationsOf(section);
  assert.deepEqual(regs.map((r) => r.status), [REGISTERED, REGISTERED, REGISTERED], 'three registrations, waiting');
  assert.deepEqual([...regs].sort((a, b) => a.rank - b.rank).map((r) => r.facility), wanted, 'priorities follow the selection');
  const inboxLink = main(page).getByRole('link', { name: /^Nachrichten/ });
  const unread = Number((await textOf(inboxLink)).match(/^Nachrichten \((\d+) ungelesen\)$/)?.[1]);
  assert.ok(unread >= 3, `inbox link shows ≥ 3 unread (got "${await textOf(inboxLink)}")`);
  await audit.check('account');

  // 5. Withdraw one -----------------------------------------------------------------------------
  const gone = wanted[2];
  const goneItem = section.locator('li.registration').filter({ has: page.locator('h3', { hasText: gone }) });
  await clickAndWait(page, goneItem.getByRole('link', { name: 'Vormerkung zurückziehen' }));
  assert.match(here(page), /^\/rheine\/konto\/vormerkungen\/[0-9a-f-]{36}\/zurueckziehen$/);
  assert.equal(await h1(page), 'Vormerkung zurückziehen');
  assert.equal(await textOf(main(page).locator('p.lead')),
    `Möchten Sie die Vormerkung von ${child.first} bei ${gone} (Beginn ${start}) wirklich zurückziehen?`);
  await audit.check('withdraw confirmation');
  await clickAndWait(page, main(page).getByRole('button', { name: 'Ja, zurückziehen' }));
  assert.equal(here(page), '/rheine/konto?hinweis=withdrawn');
  assert.equal(await textOf(notice(page)), 'Die Vormerkung wurde zurückgezogen.');
  regs = await registrationsOf(section);
  assert.deepEqual(regs.filter((r) => r.facility === gone).map((r) => r.status), [WITHDRAWN], `"${gone}" withdrawn`);
  assert.deepEqual(regs.filter((r) => r.facility !== gone).map((r) => r.status), [REGISTERED, REGISTERED], 'two still waiting');
  assert.equal(await goneItem.getByRole('link', { name: 'Vormerkung zurückziehen' }).count(), 0, 'no second withdrawal');
  assert.match(await textOf(inboxLink), /^Nachrichten \(\d+ ungelesen\)$/);

  // 6. Inbox --------------------------------------------------------------------------------------
  await clickAndWait(page, inboxLink);
  assert.equal(here(page), '/rheine/konto/nachrichten');
  assert.equal(await h1(page), 'Nachrichten');
  const mine = main(page).locator('li.message').filter({ hasText: child.first });
  const subjects = (await mine.locator('h2').allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim());
  assert.deepEqual([...subjects].sort(), [
    ...wanted.map((n) => `Neu Vormerkung bei ${n}`),
    `Neu Vormerkung bei ${gone} zurückgezogen`,
  ].sort(), `messages about ${child.first}, all new`);
  await audit.check('inbox');
  await clickAndWait(page, main(page).getByRole('link', { name: '← Mein Konto' }));
  assert.equal(here(page), '/rheine/konto');
  assert.equal(await textOf(inboxLink), 'Nachrichten', 'no unread messages after the visit');

  // 7. Sign out ------------------------------------------------------------------------------------
  const visited = [];
  page.on('framenavigated', (f) => f === page.mainFrame() && visited.push(f.url()));
  const home = (u) => u.origin + u.pathname === url('/rheine/');
  await openMenu(page);
  await header(page).getByRole('button', { name: 'Abmelden' }).click();
  await page.waitForURL(home, { timeout: 5_000 }).catch(async () => {
    // The provider's end-session page submits itself by script; click its button if it stays.
    assert.ok(page.url().startsWith(IDP_URL), `sign-out stuck at ${page.url()}`);
    await Promise.all([page.waitForURL(home), page.getByRole('button').first().click()]);
  });
  assert.ok(visited.some((u) => u.startsWith(`${IDP_URL}/session/end`)), `went through the provider's end-session page: ${visited.join(' → ')}`);
  assert.match(await main(page).getByRole('status').innerText(), /^Sie sind abgemeldet\./, 'the home page says the sign-out happened');
  await openMenu(page);
  assert.ok(await header(page).getByRole('link', { name: 'Anmelden', exact: true }).isVisible(), '"Anmelden" again');
  assert.equal(await header(page).getByRole('button', { name: 'Abmelden' }).count(), 0);
  await page.goto(url('/rheine/konto'));
  assert.ok(page.url().startsWith(`${IDP_URL}/interaction/`), `"Mein Konto" asks for sign-in again (at ${page.url()})`);
  assert.ok(await page.getByLabel('Benutzername').isVisible(), "provider's login form");

  // 8. Accessibility and layout of every portal page visited -------------------------------------
  assert.equal(audit.pages.length, 9);
  assert.deepEqual(audit.problems, [], `problems on ${tag}:\n${audit.problems.join('\n')}`);
}

// ---------------------------------------------------------------------------------------------
describe("a parent's journey: search, select, sign in, register, withdraw, inbox, sign out", () => {
  for (const [tag, width, height, username] of [
    ['phone', 375, 667, 'eltern.mueller'],
    ['desktop', 1280, 900, 'eltern.yilmaz'],
  ]) {
    test(`${tag} ${width}x${height} as ${username}`, async (t) => {
      const ctx = width < 800 ? await phoneContext(browser, width, height) : await desktopContext(browser);
      const page = await ctx.newPage();
      try {
        await journey(page, { width, username, tag, log: (m) => t.diagnostic(m) });
      } catch (e) {
        await screenshot(page, `journey-${tag}-failure`).catch(() => {});
        throw e;
      } finally {
        await ctx.close();
      }
    });
  }
});

test('selection form without the step_csrf cookie: "Formular abgelaufen", status 403, nothing saved', async () => {
  const ctx = await desktopContext(browser);
  const page = await ctx.newPage();
  try {
    await page.goto(url(SEARCH));
    assert.ok((await ctx.cookies()).some((c) => c.name === 'step_csrf'), 'first visit sets step_csrf');
    await ctx.clearCookies({ name: 'step_csrf' });
    const res = await clickAndWait(page, page.locator('li.result button', { hasText: SELECT }).first());
    assert.equal(res.status(), 403);
    assert.equal(await h1(page), 'Formular abgelaufen');
    assert.match(await page.title(), /^Fehler: Formular abgelaufen/);
    assert.match(await textOf(main(page)), /Es wurde nichts gespeichert\./);
    assert.equal(await textOf(header(page).locator('a[href$="/auswahl"]')), 'Meine Auswahl', 'nothing selected');
    // As the page advises: reload the form and send it again – now it works.
    await page.goto(url(SEARCH));
    await clickAndWait(page, page.locator('li.result button', { hasText: SELECT }).first());
    assert.ok(here(page).startsWith(`${SEARCH}&gewaehlt=`), `chosen, on the results (at ${here(page)})`);
  } finally {
    await ctx.close();
  }
});

// ---------------------------------------------------------------------------------------------
/** Sign in at the provider from a portal page that sent the browser there. */
async function signInHere(page, username) {
  const account = accounts[username];
  assert.ok(page.url().startsWith(`${IDP_URL}/interaction/`), `provider's sign-in form (at ${page.url()})`);
  await page.getByLabel('Benutzername').fill(account.username);
  await page.getByLabel('Passwort').fill(account.password);
  await Promise.all([
    page.waitForURL((u) => u.href.startsWith(BASE_URL)),
    page.getByRole('button', { name: 'Anmelden' }).click(),
  ]);
}

// Problems of the portal the journey once found, kept as regression tests. (Those of the search
// and profile pages are in portal.test.mjs.)
describe('fixed portal problems (regression tests)', () => {
  test('"Zurück" from "Meine Auswahl" shows the search page with the pick marked', async () => {
    const ctx = await desktopContext(browser);
    const page = await ctx.newPage();
    try {
      await page.goto(url(SEARCH));
      const first = page.locator('li.result').first();
      await clickAndWait(page, first.locator('button', { hasText: SELECT }));
      await page.goBack();
      assert.equal(await textOf(header(page).locator('a[href$="/auswahl"]')), 'Meine Auswahl (1)', 'header count');
      assert.equal(await first.locator('form.select-form').count(), 0, `the pick still offers "${SELECT}"`);
    } finally {
      await ctx.close();
    }
  });

  test('after "Abmelden", "Zurück" does not show "Mein Konto" with the family\'s data', async () => {
    const ctx = await phoneContext(browser, 375, 667);
    const page = await ctx.newPage();
    try {
      await page.goto(url('/rheine/konto'));
      await signInHere(page, 'eltern.nowak');
      await openMenu(page);
      await Promise.all([
        page.waitForURL((u) => u.origin + u.pathname === url('/rheine/')),
        header(page).getByRole('button', { name: 'Abmelden' }).click(),
      ]);
      await page.goBack();
      assert.equal(await header(page).getByRole('button', { name: 'Abmelden' }).count(), 0,
        `Back after sign-out shows a signed-in page: ${here(page)} "${await h1(page).catch(() => '')}"`);
    } finally {
      await ctx.close();
    }
  });

  test('family form at 375 px: "Telefon" and "E-Mail" are as large as the other fields', async () => {
    const ctx = await phoneContext(browser, 375, 667);
    const page = await ctx.newPage();
    try {
      await page.goto(url('/rheine/konto/familie'));
      await signInHere(page, 'eltern.nowak');
      assert.equal(here(page), '/rheine/konto/familie');
      const small = await page.locator('form.card .field input').evaluateAll((inputs) => inputs
        .map((i) => ({ id: i.id, h: i.getBoundingClientRect().height, font: parseFloat(getComputedStyle(i).fontSize) }))
        .filter((i) => i.h < 44 || i.font < 16)
        .map((i) => `#${i.id} ${Math.round(i.h)} px high, font ${i.font.toFixed(1)} px`));
      assert.deepEqual(small, [], 'fields under 44 px or with a font under 16 px (iOS zooms into those)');
    } finally {
      await ctx.close();
    }
  });
});
