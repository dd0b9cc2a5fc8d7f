// Browser tests for the STEP portal, seen through a parent's eyes.
// Run against a running portal:  cd tests/browser && npm test
// (STEP_BASE_URL overrides http://127.0.0.1:8080; screenshots go to /tmp/shots.)
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE_URL, url, hostUrl, launch, phoneContext, desktopContext, loadTenants, hexToRgb,
  axeSerious, formatViolations, assertNoHorizontalScroll, screenshot, clickAndWait, textOf,
  telHref, assertContactLinks,
} from './lib.mjs';

const tenants = loadTenants();
const bySlug = Object.fromEntries(tenants.map((t) => [t.slug, t]));

let browser;
before(async () => {
  browser = await launch();
  // Fail fast with a clear message if the portal is not running.
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  try {
    await page.goto(url('/'), { timeout: 10_000 });
  } catch (e) {
    throw new Error(`portal not reachable at ${BASE_URL} (set STEP_BASE_URL): ${e.message}`);
  } finally {
    await ctx.close();
  }
});
after(async () => {
  await browser?.close();
});

/** Independent pages run side by side in the one browser of this file (keeps the suite short). */
const PARALLEL = { concurrency: Number(process.env.STEP_PAGES_IN_PARALLEL || 2) };

/** Run `fn(page)` in a fresh desktop (or given) context and close it afterwards. */
async function withPage(fn, makeContext = desktopContext) {
  const ctx = await makeContext(browser);
  const page = await ctx.newPage();
  try {
    return await fn(page);
  } finally {
    await ctx.close();
  }
}

const searchButton = (page) => page.locator('main form').getByRole('button', { name: 'Suchen' });
const filters = (page) => page.locator('main details.filters');
const isOpen = (details) => details.evaluate((d) => d.open);

/** After a search the filters are folded under "Suchfilter ändern"; unfold them like a parent. */
async function openFilters(page) {
  const details = filters(page);
  assert.equal(await details.count(), 1, 'one filter box');
  assert.equal(await isOpen(details), false, 'filters are folded after a search');
  assert.equal(await searchButton(page).isVisible(), false, 'folded filters hide the form');
  const summary = details.locator('summary');
  assert.equal(await textOf(summary), 'Suchfilter ändern');
  await summary.click();
  assert.equal(await isOpen(details), true, 'clicking the summary unfolds the filters');
  assert.ok(await searchButton(page).isVisible(), 'search button visible once unfolded');
}

/** The first result (its name and free places) fits into the first screen, without scrolling. */
async function assertFirstResultOnFirstScreen(page) {
  const { width, height } = page.viewportSize();
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'page starts at the top');
  assert.equal(await page.locator('main details.filters + section.results').count(), 1, 'results right below the folded filters');
  const first = page.locator('.result').first();
  for (const [what, loc] of [['name', first.locator('h3 a')], ['free places', first.locator('.tags')]]) {
    const box = await loc.boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= height,
      `first result's ${what} is on the first screen at ${width}x${height} (box ${JSON.stringify(box)})`);
  }
}

const GERMAN_DATE = /^\d{2}\.\d{2}\.\d{4}$/;
const FREE_TEXT = /^(?:(Zurzeit keine freien Plätze)|(1) freier Platz|(\d+) freie Plätze) zum (\d{2}\.\d{2}\.\d{4})$/;
/** "3 freie Plätze zum 01.08.2027" → { count: 3, date: '01.08.2027' } (fails on anything else). */
function parseFree(text, what) {
  const m = text.match(FREE_TEXT);
  assert.ok(m, `${what}: free places read "N freie Plätze zum TT.MM.JJJJ" (got "${text}")`);
  return { count: m[1] ? 0 : Number(m[2] ?? m[3]), date: m[4] };
}
const dayNumber = (de) => Number(de.split('.').reverse().join(''));

/** Default start date from the hint "Ohne Angabe: 01.08.2027 (Beginn des Kita-Jahres)." */
async function defaultStart(page) {
  // textContent: after a search the hint sits in the folded filters, where innerText is empty.
  const hint = (await page.locator('#start-hint').textContent()).replace(/\s+/g, ' ').trim();
  const m = hint.match(/Ohne Angabe: (\d{2}\.\d{2}\.\d{4}) \(Beginn des Kita-Jahres\)/);
  assert.ok(m, `start hint names the default date in German (got "${hint}")`);
  return m[1];
}

/** No ISO dates (2027-08-01) in what a parent reads. */
async function assertNoIsoDates(page, what) {
  const iso = (await textOf(page.locator('main'))).match(/\b\d{4}-\d{2}-\d{2}\b/g);
  assert.equal(iso, null, `${what}: dates in German format, found ${iso}`);
}

/** The places table on a facility profile: 3 px too wide at 320 px (see "known portal problems"). */

/** Parse "0,4 km entfernt" → 0.4 */
const km = (s) => Number(s.match(/([\d.,]+)\s*km entfernt/)[1].replace(',', '.'));

// ---------------------------------------------------------------------------------------------
test('tenants/*.toml describe 24 municipalities', () => {
  assert.equal(tenants.length, 24, `found ${tenants.map((t) => t.slug).join(', ')}`);
  for (const t of tenants) {
    assert.match(t.branding?.primary_color ?? '', /^#[0-9a-f]{6}$/i, `${t.slug}: branding.primary_color`);
    assert.ok(t.contact?.street && t.officeContact?.name, `${t.slug}: contact and office contact`);
  }
});

// 1 -------------------------------------------------------------------------------------------
describe('district landing page', () => {
  test('lists exactly the 24 municipalities with their German names', () =>
    withPage(async (page) => {
      const res = await page.goto(url('/'));
      assert.equal(res.status(), 200);
      assert.equal(await page.getAttribute('html', 'lang'), 'de');
      assert.equal(await textOf(page.locator('h1')), 'Kita-Portal im Kreis Steinfurt');
      const links = page.locator('main .tenant-list a');
      assert.equal(await links.count(), 24, 'number of municipality links');
      const shown = await page.locator('main .tenant-list a strong').allInnerTexts();
      assert.deepEqual([...shown].sort(), tenants.map((t) => t.name).sort());
      // Umlauts are rendered, not transliterated or mangled.
      assert.ok(shown.includes('Hörstel'), `Hörstel missing in ${shown.join(', ')}`);
      assert.ok(shown.includes('Ibbenbüren'), `Ibbenbüren missing in ${shown.join(', ')}`);
      // Alphabetical in German: DIN 5007-1 (ö = o: Hopsten, Hörstel) or DIN 5007-2 (ö = oe, the
      // phone-book order: Hörstel, Hopsten) are both acceptable.
      const din1 = [...shown].sort(new Intl.Collator('de').compare);
      const din2 = [...shown].sort(new Intl.Collator('de-u-co-phonebk').compare);
      assert.ok([din1, din2].some((order) => order.join() === shown.join()),
        `list is sorted alphabetically: ${shown.join(', ')}`);
    }));

  test('every municipality link opens that municipality', () =>
    withPage(async (page) => {
      await page.goto(url('/'));
      for (const t of tenants) {
        const link = page.locator('main .tenant-list a', { has: page.locator('strong', { hasText: new RegExp(`^${t.name}$`) }) });
        assert.equal(await link.count(), 1, `one link for ${t.name}`);
        const res = await clickAndWait(page, link);
        assert.equal(res.status(), 200, `${t.name}: status`);
        assert.equal(new URL(page.url()).pathname, `/${t.slug}/`, `${t.name}: URL`);
        assert.match(await textOf(page.locator('h1')), new RegExp(t.name), `${t.name}: h1`);
        await page.goBack();
      }
    }));
});

// 2 -------------------------------------------------------------------------------------------
describe('municipality home pages (all 24)', PARALLEL, () => {
  for (const t of tenants) {
    test(`${t.slug}: own name, brand colour, logo and contacts`, () =>
      withPage(async (page) => {
        const res = await page.goto(url(`/${t.slug}/`));
        assert.equal(res.status(), 200);
        assert.match(await textOf(page.locator('h1')), new RegExp(`\\b${t.name}$`), 'h1 shows the name');
        assert.match(await page.title(), new RegExp(t.name), 'title shows the name');

        const bg = await page.locator('header.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
        assert.equal(bg, hexToRgb(t.branding.primary_color), `header colour ≠ ${t.branding.primary_color}`);

        const district = page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Alle Städte und Gemeinden' });
        assert.equal(await district.getAttribute('href'), '/gemeinden', 'district list link');

        const logo = page.locator('header.site-header img');
        assert.equal(new URL(await logo.getAttribute('src'), page.url()).pathname, `/static/logos/${t.slug}.svg`);
        assert.ok(await logo.evaluate((img) => img.complete && img.naturalWidth > 0), 'logo image loads');

        const contact = page.locator('footer section', { has: page.getByRole('heading', { name: 'Ihre Ansprechpartner' }) }).locator('address');
        const office = page.locator('footer section', { has: page.getByRole('heading', { name: 'Zuständiges Jugendamt' }) }).locator('address');
        const c = t.contact;
        const ctext = await textOf(contact);
        for (const part of [c.name, c.street, `${c.postcode} ${c.city}`, c.phone, c.email]) {
          assert.ok(ctext.includes(part), `contact shows "${part}" (got "${ctext}")`);
        }
        await assertContactLinks(contact, c, assert, 'contact');
        const o = t.officeContact;
        const otext = await textOf(office);
        for (const part of [o.name, o.street, `${o.postcode} ${o.city}`, o.phone, o.email]) {
          assert.ok(otext.includes(part), `youth welfare office shows "${part}" (got "${otext}")`);
        }
        await assertContactLinks(office, o, assert, 'youth welfare office');
        const demoMarks = contact.locator('.demo', { hasText: 'Demo' });
        if (c.demo) {
          assert.equal(await demoMarks.count(), 1, 'placeholder contact carries a visible "Demo" mark');
          assert.ok(await demoMarks.isVisible());
        } else {
          assert.equal(await demoMarks.count(), 0, 'real contact has no "Demo" mark');
        }
        if (t.slug === 'ibbenbueren') {
          for (const part of ['Alte Münsterstr. 16', '05451 931-779', 'step@ibbenbueren.de']) {
            assert.ok(ctext.includes(part), `Ibbenbüren's real contact shows "${part}"`);
          }
          assert.doesNotMatch(await textOf(page.locator('footer')), /Demo/, 'no Demo text anywhere in the Ibbenbüren footer');
          assert.equal(await contact.locator('a[href^="tel:"]').getAttribute('href'), 'tel:05451931779');
        }
      }));
  }
});

// 3 -------------------------------------------------------------------------------------------
describe('search as a parent on a phone', PARALLEL, () => {
  for (const [width, height, slug] of [[320, 640, 'rheine'], [375, 667, 'ibbenbueren']]) {
    test(`${width}x${height} in ${slug}: search by street, sort by distance, open a profile`, () =>
      withPage(async (page) => {
        const name = bySlug[slug].name;
        await page.goto(url(`/${slug}/`));
        await assertNoHorizontalScroll(page, width, assert, 'home');
        if (width === 320) await screenshot(page, `home-${width}`);

        // From the home page to the search page via the big button.
        await clickAndWait(page, page.getByRole('link', { name: new RegExp(`Angebote in ${name} – Angebote suchen`) }));
        assert.equal(new URL(page.url()).pathname, `/${slug}/suche`);
        await assertNoHorizontalScroll(page, width, assert, 'search page');

        // The search page lists all offers at once, the filters folded above them.
        assert.equal(await page.locator('[role=alert]').count(), 0, 'no error box');
        const start = await defaultStart(page);

        // First search: Kita only, to learn a street that exists in this municipality.
        await openFilters(page);
        await page.getByLabel('Art des Angebots').selectOption({ label: 'Kita' });
        let res = await clickAndWait(page, searchButton(page));
        assert.equal(res.status(), 200);
        assert.match(await textOf(page.locator('#results-h')), /\d+ Angebote? gefunden|Ein Angebot gefunden/);
        await assertFirstResultOnFirstScreen(page);
        const firstAddress = await textOf(page.locator('.result').first().locator('p').nth(1));
        const street = firstAddress.match(/·\s*(.+?)\s+\d+\s*[a-z]?\s*,/)?.[1];
        assert.ok(street, `could not read a street from "${firstAddress}"`);

        // Second search: near that street, sorted by distance.
        await openFilters(page);
        await page.getByLabel('Standort').fill(street);
        await page.getByLabel('Sortierung').selectOption({ label: 'Entfernung' });
        res = await clickAndWait(page, searchButton(page));
        assert.equal(res.status(), 200, `search near "${street}"`);
        assert.equal(await page.locator('[role=alert]').count(), 0, 'no error box');
        await assertFirstResultOnFirstScreen(page);
        if (width === 320) await screenshot(page, `results-${width}`);
        // The form keeps what the parent chose.
        await openFilters(page);
        assert.equal(await page.getByLabel('Standort').inputValue(), street);
        assert.equal(await page.getByLabel('Sortierung').inputValue(), 'distance');
        assert.equal(await page.getByLabel('Art des Angebots').inputValue(), 'kita');
        await assertNoHorizontalScroll(page, width, assert, 'search results with the filters unfolded');

        const results = page.locator('.result');
        const n = await results.count();
        assert.ok(n > 0, 'results are listed');
        const distances = [];
        for (let i = 0; i < n; i++) {
          const tags = await textOf(results.nth(i).locator('.tags'));
          assert.match(tags, /km entfernt/, `result ${i + 1} shows its distance`);
          assert.match(tags, /^Kita\b/, `result ${i + 1} is a Kita`);
          const free = parseFree(await textOf(results.nth(i).locator('.tags .free, .tags .full')), `result ${i + 1}`);
          assert.equal(free.date, start, `result ${i + 1}: free places at the default start`);
          distances.push(km(tags));
        }
        assert.deepEqual(distances, [...distances].sort((a, b) => a - b), 'sorted by distance');
        assert.ok(distances[0] <= 2, `nearest result is on/near ${street} (got ${distances[0]} km)`);
        await assertNoIsoDates(page, 'search results');
        await assertNoHorizontalScroll(page, width, assert, 'search results');
        const freeInList = await textOf(results.first().locator('.tags .free, .tags .full'));

        // Open the nearest result.
        const link = results.first().getByRole('link');
        const facility = await textOf(link);
        res = await clickAndWait(page, link);
        assert.equal(res.status(), 200);
        assert.match(new URL(page.url()).pathname, new RegExp(`^/${slug}/einrichtungen/[0-9a-f-]{36}$`));
        assert.equal(await textOf(page.locator('h1')), facility);
        assert.equal(await textOf(page.locator('main > .tags .free, main > .tags .full')), freeInList,
          'profile shows the same free places as the result list');
        await assertNoIsoDates(page, 'facility profile');
        const criteria = page.locator('section', { has: page.getByRole('heading', { name: 'Aufnahmekriterien' }) });
        assert.ok(await criteria.isVisible(), 'admission criteria section visible');
        const rows = criteria.locator('table tr');
        assert.ok((await rows.count()) > 0, 'criteria table has rows');
        assert.match(await textOf(rows.first()), /\d+ Punkte?$/, 'criteria show points');
        assert.ok(await page.locator('svg.map').isVisible(), 'map visible');
        const contactDd = page.locator('dl.facts dt:text-is("Kontakt") + dd');
        const shownPhone = (await textOf(contactDd.locator('a[href^="tel:"]'))).replace(/^Telefon:\s*/, '');
        const shownEmail = (await textOf(contactDd.locator('a[href^="mailto:"]'))).replace(/^E-Mail:\s*/, '');
        assert.match(shownPhone, /\d{3}/, 'profile shows a phone number');
        await assertContactLinks(contactDd, { phone: shownPhone, email: shownEmail }, assert, 'facility contact');
        await assertNoHorizontalScroll(page, width, assert, 'facility profile');
        if (width === 320) await screenshot(page, `profile-${width}`);
      }, (b) => phoneContext(b, width, height)));
  }

  test('320 px: landing and error page do not scroll sideways', () =>
    withPage(async (page) => {
      await page.goto(url('/'));
      await assertNoHorizontalScroll(page, 320, assert, 'landing');
      await page.goto(url('/rheine/suche?near=Gibtsnichtweg'));
      await assertNoHorizontalScroll(page, 320, assert, 'search with error');
      await page.goto(url('/nirgendwo/'));
      await assertNoHorizontalScroll(page, 320, assert, '404 page');
    }, (b) => phoneContext(b, 320, 640)));
});

// 4 -------------------------------------------------------------------------------------------
describe('a location as people type it (issue 16)', () => {
  test('375 px: suggestions while typing, a typo taken with a note, an unknown place still lists offers', () =>
    withPage(async (page) => {
      await page.goto(url('/rheine/suche'));
      await openFilters(page);
      const near = page.getByLabel('Standort');
      await near.pressSequentially('Bahnh', { delay: 40 });
      await page.waitForSelector('#near-streets option[value="Bahnhofstraße"]', { state: 'attached', timeout: 5000 });

      await near.fill('Bahnhofstrase');
      await page.getByLabel('Sortierung').selectOption({ label: 'Entfernung' });
      let res = await clickAndWait(page, searchButton(page));
      assert.equal(res.status(), 200);
      assert.equal(await textOf(page.locator('#location-notice p').first()),
        'Wir zeigen Ergebnisse in der Nähe von „Bahnhofstraße“.');
      assert.match(await textOf(page.locator('.result').first()), /km entfernt/);
      await assertNoHorizontalScroll(page, 375, assert, 'search with a location note');

      await openFilters(page);
      await page.getByLabel('Standort').fill('Elter Straße');
      res = await clickAndWait(page, searchButton(page));
      assert.equal(res.status(), 200, 'an unknown place is no error');
      assert.match(await textOf(page.locator('#location-notice')), /Eine Straße „Elter Straße“ haben wir in Rheine nicht gefunden/);
      assert.ok(await page.locator('.result').count() > 0, 'the offers are still listed');
      assert.equal(await page.locator('[role=alert]').count(), 0, 'no error box');
      await screenshot(page, 'search-unknown-place-375');
    }, (b) => phoneContext(b, 375, 667)));
});

describe('the header on a phone (issue 16)', () => {
  test('375 px: one row with the municipality and "Menü"; the menu opens, reads and closes', () =>
    withPage(async (page) => {
      await page.goto(url('/rheine/'));
      const header = page.locator('header.site-header');
      const height = (await header.boundingBox()).height;
      assert.ok(height <= 80, `the header is one row (${height}px)`);
      const nav = page.locator('#site-nav');
      assert.equal(await nav.isVisible(), false, 'the navigation waits behind the button');
      const button = page.getByRole('button', { name: 'Menü' });
      assert.equal(await button.getAttribute('aria-expanded'), 'false');
      await button.click();
      assert.equal(await button.getAttribute('aria-expanded'), 'true');
      assert.ok(await nav.getByRole('link', { name: 'Angebote suchen' }).isVisible(), 'the links are shown');
      await assertNoHorizontalScroll(page, 375, assert, 'open menu');
      const violations = await axeSerious(page);
      assert.equal(violations.length, 0, formatViolations(violations));
      await screenshot(page, 'menu-open-375');
      await page.keyboard.press('Escape');
      assert.equal(await nav.isVisible(), false, 'Escape closes the menu');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'menu-button', 'focus back on the button');
    }, (b) => phoneContext(b, 375, 667)));
  test('desktop: the navigation is shown, no menu button', () =>
    withPage(async (page) => {
      await page.goto(url('/rheine/'));
      assert.equal(await page.getByRole('button', { name: 'Menü' }).isVisible(), false);
      assert.ok(await page.locator('#site-nav').getByRole('link', { name: 'Angebote suchen' }).isVisible());
    }));
});

describe('invalid search input', PARALLEL, () => {
  const cases = [
    {
      what: 'start date in the past',
      field: 'Gewünschter Betreuungsbeginn', id: 'start', value: '2020-01-01',
      message: 'Der Betreuungsbeginn darf nicht in der Vergangenheit liegen.',
    },
    {
      what: 'radius without location',
      field: 'Umkreis in km', id: 'radius_km', value: '3',
      message: 'Für einen Umkreis brauchen wir einen Standort.',
    },
    // An unknown street is no input error any more (issue 16): see "a location as people type it".
  ];
  for (const c of cases) {
    test(`${c.what}: German message, value kept, field marked, status 400`, () =>
      withPage(async (page) => {
        await page.goto(url('/rheine/suche'));
        assert.equal(await page.title(), 'Angebote suchen – Kita-Portal Rheine', 'title without error');
        await openFilters(page);
        await page.getByLabel(c.field, { exact: true }).fill(c.value);
        const res = await clickAndWait(page, searchButton(page));
        assert.equal(res.status(), 400, 'HTTP status');
        assert.equal(await page.title(), 'Fehler: Angebote suchen – Kita-Portal Rheine', 'title announces the error');
        const alert = page.getByRole('alert');
        assert.equal(await alert.count(), 1, 'one alert box');
        assert.ok(await alert.isVisible(), 'alert visible');
        const text = await textOf(alert);
        assert.ok(text.includes(c.message), `alert says "${c.message}" (got "${text}")`);
        assert.ok(text.includes(c.field), `alert names the field "${c.field}" (got "${text}")`);
        // The filters stay unfolded so the parent can correct the input at once.
        assert.equal(await isOpen(filters(page)), true, 'filters open with an input error');
        const input = page.getByLabel(c.field, { exact: true });
        assert.ok(await input.isVisible(), 'field visible');
        assert.equal(await input.inputValue(), c.value, 'typed value kept');
        // The message is a link to the field.
        const toField = alert.getByRole('link');
        assert.equal(await toField.count(), 1, 'message is a link');
        assert.equal(await toField.getAttribute('href'), `#${c.id}`, 'link points to the field');
        assert.ok((await textOf(toField)).includes(c.message), 'link text is the message');
        await toField.click();
        assert.equal(await page.evaluate(() => document.activeElement?.id), c.id, 'following the link focuses the field');
        const box = await input.boundingBox();
        const vh = page.viewportSize().height;
        assert.ok(box && box.y >= 0 && box.y + box.height <= vh, `field scrolled into view (box ${JSON.stringify(box)})`);
        assert.equal(await input.getAttribute('aria-invalid'), 'true', 'aria-invalid');
        assert.match(await input.getAttribute('aria-describedby') ?? '', /\bsearch-error\b/, 'field points to the message');
        const invalid = await page.locator('[aria-invalid=true]').evaluateAll((els) => els.map((e) => e.id));
        assert.deepEqual(invalid, [c.id], 'only this field is marked invalid');
        assert.equal(await page.locator('.result').count(), 0, 'no results shown with an error');
      }));
  }
});

// 5 -------------------------------------------------------------------------------------------
test('pagination: Rheine has more than 20 offers and page 2 works', () =>
  withPage(async (page) => {
    await page.goto(url('/rheine/suche'));
    await openFilters(page);
    await clickAndWait(page, searchButton(page));
    const total = Number((await textOf(page.locator('#results-h'))).match(/(\d+) Angebote gefunden/)?.[1]);
    assert.ok(total > 20, `Rheine has more than 20 offers (got ${total})`);
    const perPage = await page.locator('.result').count();
    assert.equal(perPage, 20, 'first page shows 20 offers');
    const pages = Math.ceil(total / perPage);
    const nav = page.getByRole('navigation', { name: 'Seiten' });
    assert.ok((await textOf(nav)).includes(`Seite 1 von ${pages}`), 'shows "Seite 1 von N"');
    assert.equal(await nav.getByRole('link', { name: 'Vorherige Seite' }).count(), 0, 'no previous link on page 1');
    const page1 = await page.locator('.result h3').allInnerTexts();
    const page1Ids = await page.locator('.result h3 a').evaluateAll((as) => as.map((a) => a.href));

    const res = await clickAndWait(page, nav.getByRole('link', { name: 'Nächste Seite' }));
    assert.equal(res.status(), 200);
    assert.equal(new URL(page.url()).searchParams.get('page'), '2');
    const nav2 = page.getByRole('navigation', { name: 'Seiten' });
    assert.ok((await textOf(nav2)).includes(`Seite 2 von ${pages}`), `shows "Seite 2 von ${pages}"`);
    assert.equal(await textOf(nav2.locator('[aria-current=page]')), '2', 'current page marked');
    assert.equal(await textOf(page.locator('#results-h')), `${total} Angebote gefunden`, 'same total on page 2');
    const page2Ids = await page.locator('.result h3 a').evaluateAll((as) => as.map((a) => a.href));
    assert.equal(page2Ids.length, Math.min(perPage, total - perPage), 'page 2 size');
    const overlap = page2Ids.filter((id) => page1Ids.includes(id));
    assert.deepEqual(overlap, [], `page 2 repeats offers from page 1 (page 1: ${page1.length} offers)`);
    assert.equal(await nav2.getByRole('link', { name: 'Vorherige Seite' }).count(), 1, 'previous link on page 2');
  }));

// 5b ------------------------------------------------------------------------------------------
describe('dates and hints in German', PARALLEL, () => {
  test('search form: hints without technical formats, default start as TT.MM.JJJJ', () =>
    withPage(async (page) => {
      for (const path of ['/rheine/', '/rheine/suche']) {
        await page.goto(url(path));
        const hint = (await page.locator('#birth_date-hint').textContent()).replace(/\s+/g, ' ').trim();
        assert.match(hint, /errechneten Geburtstermin/, `${path}: birth-date hint explains dates before birth (got "${hint}")`);
        assert.doesNotMatch(hint, /Format|JJJJ|TT|MM|YYYY|\d{4}-\d{2}/i, `${path}: birth-date hint mentions no format (got "${hint}")`);
        assert.match(await defaultStart(page), GERMAN_DATE);
        await assertNoIsoDates(page, path);
      }
    }));

  test('search results and profile: free places "zum TT.MM.JJJJ" that match the places table', () =>
    withPage(async (page) => {
      await page.goto(url('/rheine/suche?kind=kita&free_only=true&sort=free_places'));
      const start = await defaultStart(page);
      const result = page.locator('.result').first();
      const inList = parseFree(await textOf(result.locator('.tags .free, .tags .full')), 'first result');
      assert.ok(inList.count > 0, 'free_only lists offers with free places');
      assert.equal(inList.date, start, 'free places at the default start');
      await assertNoIsoDates(page, 'results');

      await clickAndWait(page, result.getByRole('link'));
      const onProfile = parseFree(await textOf(page.locator('main > .tags .free, main > .tags .full')), 'profile');
      assert.deepEqual(onProfile, inList, 'profile shows the same free places as the list');
      const places = page.locator('section', { has: page.getByRole('heading', { name: 'Freie Plätze' }) });
      assert.deepEqual(await places.locator('thead th').allInnerTexts(), ['Beginn', 'Altersgruppe', 'Frei']);
      const rows = await places.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((td) => td.innerText.trim())));
      assert.ok(rows.length > 0, 'places table has rows');
      for (const [begin, band, free] of rows) {
        assert.match(begin, GERMAN_DATE, `places table: start "${begin}" as TT.MM.JJJJ`);
        assert.match(band, /^(unter 3 Jahren|ab 3 Jahren)$/);
        assert.match(free, /^\d+$/);
      }
      // Places announced for a start on or before the wanted date are free at that date.
      const sum = rows.filter(([begin]) => dayNumber(begin) <= dayNumber(onProfile.date)).reduce((n, [, , free]) => n + Number(free), 0);
      assert.equal(sum, onProfile.count, `"${onProfile.count} freie Plätze zum ${onProfile.date}" agrees with the table ${JSON.stringify(rows)}`);
      await assertNoIsoDates(page, 'facility profile');
    }));
});

// 6 -------------------------------------------------------------------------------------------
describe('host-based tenant (rheine.step.localhost)', () => {
  test('home, search and profile work without the /rheine prefix', () =>
    withPage(async (page) => {
      const t = bySlug.rheine;
      const res = await page.goto(hostUrl('rheine', '/'));
      assert.equal(res.status(), 200);
      assert.equal(await textOf(page.locator('h1')), 'Kita-Portal Rheine');
      const bg = await page.locator('header.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.equal(bg, hexToRgb(t.branding.primary_color));
      assert.ok(await page.locator('header img').evaluate((img) => img.naturalWidth > 0), 'logo loads');

      const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const prefixed = hrefs.filter((h) => h.startsWith('/rheine'));
      assert.deepEqual(prefixed, [], 'no /rheine prefixed links on the tenant host');

      await clickAndWait(page, page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Angebote suchen' }));
      assert.equal(page.url(), hostUrl('rheine', '/suche'));
      assert.equal(await textOf(page.locator('h1')), 'Angebote suchen');
      await openFilters(page);
      await page.getByLabel('Standort').fill('Bahnhofstraße');
      await page.getByLabel('Sortierung').selectOption('distance');
      const sres = await clickAndWait(page, searchButton(page));
      assert.equal(sres.status(), 200);
      assert.equal(new URL(page.url()).pathname, '/suche');
      assert.match(await textOf(page.locator('.result').first()), /km entfernt/);
      const link = page.locator('.result').first().getByRole('link');
      const facility = await textOf(link);
      await clickAndWait(page, link);
      assert.match(new URL(page.url()).pathname, /^\/einrichtungen\/[0-9a-f-]{36}$/);
      assert.equal(await textOf(page.locator('h1')), facility);
      await clickAndWait(page, page.getByRole('link', { name: /Zurück zur Suche/ }));
      assert.equal(new URL(page.url()).pathname, '/suche');
      await clickAndWait(page, page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Startseite' }));
      assert.equal(page.url(), hostUrl('rheine', '/'));
      assert.equal(await textOf(page.locator('h1')), 'Kita-Portal Rheine');
    }));

  test('"Alle Städte und Gemeinden" on the tenant host leads to the district list, whose links work', () =>
    withPage(async (page) => {
      await page.goto(hostUrl('rheine', '/'));
      const res = await clickAndWait(page, page.getByRole('link', { name: 'Alle Städte und Gemeinden' }));
      assert.equal(res.status(), 200);
      assert.equal(page.url(), hostUrl('rheine', '/gemeinden'), 'shared path /gemeinden on the tenant host');
      assert.equal(await textOf(page.locator('h1')), 'Kita-Portal im Kreis Steinfurt',
        `link went to ${page.url()} which shows "${await textOf(page.locator('h1'))}"`);
      const links = page.locator('main .tenant-list a');
      assert.equal(await links.count(), 24, 'all 24 municipalities listed');
      // A parent picks another municipality from the list (and could pick any of them).
      const broken = [];
      const probe = await page.context().newPage();
      for (const href of await links.evaluateAll((as) => as.map((a) => a.href))) {
        const r = await probe.goto(href);
        if (r.status() !== 200) broken.push(`${href} → ${r.status()}`);
      }
      await probe.close();
      assert.deepEqual(broken, [], 'municipality links on the district list of a tenant host');
      const ibb = links.filter({ has: page.locator('strong', { hasText: /^Ibbenbüren$/ }) });
      await clickAndWait(page, ibb);
      assert.equal(await textOf(page.locator('h1')), 'Kita-Portal Ibbenbüren', `Ibbenbüren link went to ${page.url()}`);
    }));
});

// 7 -------------------------------------------------------------------------------------------
describe('not found', PARALLEL, () => {
  test('unknown municipality shows the German 404 page', () =>
    withPage(async (page) => {
      const res = await page.goto(url('/nirgendwo/'));
      assert.equal(res.status(), 404);
      assert.equal(await page.getAttribute('html', 'lang'), 'de');
      assert.equal(await textOf(page.locator('h1')), 'Seite nicht gefunden');
      assert.equal(await page.title(), 'Fehler: Seite nicht gefunden – Kita-Portal im Kreis Steinfurt');
      assert.match(await textOf(page.locator('main')), /Diese Seite gibt es nicht\..*Fehlercode 404/);
      await clickAndWait(page, page.getByRole('link', { name: 'Zur Startseite' }));
      assert.equal(await textOf(page.locator('h1')), 'Kita-Portal im Kreis Steinfurt');
    }));

  test('unknown facility in a municipality shows a German 404 with that municipality\'s contact', () =>
    withPage(async (page) => {
      const res = await page.goto(url('/rheine/einrichtungen/00000000-0000-4000-8000-000000000000'));
      assert.equal(res.status(), 404);
      assert.equal(await textOf(page.locator('h1')), 'Seite nicht gefunden');
      assert.equal(await page.title(), 'Fehler: Seite nicht gefunden – Kita-Portal Rheine');
      const c = bySlug.rheine.contact;
      const address = page.locator('main address');
      const atext = await textOf(address);
      for (const part of [c.name, c.phone, c.email]) {
        assert.ok(atext.includes(part), `error page shows the contact's "${part}" (got "${atext}")`);
      }
      await assertContactLinks(address, c, assert, 'contact on the error page');
      const bg = await page.locator('header.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.equal(bg, hexToRgb(bySlug.rheine.branding.primary_color), 'keeps the municipality branding');
    }));
});

// 8 -------------------------------------------------------------------------------------------
describe('accessibility (axe-core, WCAG 2.1 A/AA): no serious or critical violations', PARALLEL, () => {
  const firstProfile = async (page) => {
    await page.goto(url('/rheine/suche?kind=kita'));
    await page.goto(await page.locator('.result a').first().evaluate((a) => a.href));
  };
  const pages = [
    ['district landing', (p) => p.goto(url('/'))],
    ['municipality home (Ibbenbüren)', (p) => p.goto(url('/ibbenbueren/'))],
    ['search with results', (p) => p.goto(url('/rheine/suche?kind=kita&near=Bahnhofstra%C3%9Fe&sort=distance'))],
    ['search near a misspelt street', (p) => p.goto(url('/rheine/suche?near=Bahnhofstrase&sort=distance'))],
    ['search near an unknown place with choices', (p) => p.goto(url('/rheine/suche?near=ring'))],
    ['search with an input error', (p) => p.goto(url('/rheine/suche?start=2020-01-01'))],
    ['search with the filters unfolded', async (p) => {
      await p.goto(url('/rheine/suche?kind=kita'));
      await p.locator('details.filters > summary').click();
    }],
    ['district list on a tenant host', (p) => p.goto(hostUrl('rheine', '/gemeinden'))],
    ['facility profile', firstProfile],
    ['404 page', (p) => p.goto(url('/nirgendwo/'))],
  ];
  for (const [name, open] of pages) {
    test(name, () =>
      withPage(async (page) => {
        await open(page);
        const violations = await axeSerious(page);
        assert.equal(violations.length, 0, `${page.url()}\n${formatViolations(violations)}`);
      }));
  }
  test('all 24 home pages (brand colours differ)', () =>
    withPage(async (page) => {
      const failures = [];
      const queue = [...tenants];
      // A few tabs of the same context work through the list side by side.
      const worker = async (tab) => {
        for (let t = queue.shift(); t; t = queue.shift()) {
          await tab.goto(url(`/${t.slug}/`));
          const v = await axeSerious(tab);
          if (v.length) failures.push(`${t.slug}:\n${formatViolations(v)}`);
        }
      };
      const tabs = [page, ...(await Promise.all([1, 2, 3].map(() => page.context().newPage())))];
      await Promise.all(tabs.map(worker));
      assert.equal(queue.length, 0, 'all home pages checked');
      assert.deepEqual(failures.sort(), []);
    }));
});

// 9 -------------------------------------------------------------------------------------------
describe('keyboard', PARALLEL, () => {
  for (const [name, path] of [['landing', '/'], ['home', '/rheine/'], ['search', '/rheine/suche?kind=kita'], ['404', '/nirgendwo/']]) {
    test(`${name}: skip link is the first Tab stop and moves focus to main`, () =>
      withPage(async (page) => {
        await page.goto(url(path));
        await page.keyboard.press('Tab');
        const focused = page.locator(':focus');
        assert.equal(await textOf(focused), 'Zum Inhalt springen', 'first Tab stop');
        assert.equal(await focused.getAttribute('href'), '#main');
        const box = await focused.boundingBox();
        assert.ok(box && box.x >= 0 && box.y >= 0 && box.width > 0, `skip link visible when focused (box ${JSON.stringify(box)})`);
        await page.keyboard.press('Enter');
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'main', 'focus on <main>');
        // The next Tab continues inside main, not back in the header.
        await page.keyboard.press('Tab');
        assert.ok(await page.evaluate(() => document.getElementById('main').contains(document.activeElement)),
          'next Tab stop is inside main');
      }));
  }

  test('search results: the folded filters open with the keyboard', () =>
    withPage(async (page) => {
      await page.goto(url('/rheine/suche?kind=kita'));
      const details = filters(page);
      assert.equal(await isOpen(details), false, 'filters folded');
      await page.locator('#main').focus();
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'SUMMARY', 'first Tab stop in main is "Suchfilter ändern"');
      await page.keyboard.press('Enter');
      assert.equal(await isOpen(details), true, 'Enter unfolds the filters');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'kind', 'next Tab stop is the first filter');
    }));
});

// ---------------------------------------------------------------------------------------------
// Portal bugs this suite once found, kept as regression tests.
describe('fixed portal problems (regression tests)', () => {
  const openFirstProfile = async (page) => {
    await page.goto(url('/rheine/suche?kind=kita'));
    await clickAndWait(page, page.locator('.result h3 a').first());
  };
  test('"Kita/KTP auswählen" buttons have their visible label in their accessible name (WCAG 2.5.3)', () =>
    withPage(async (page) => {
      for (const open of [(p) => p.goto(url('/rheine/suche?kind=kita')), openFirstProfile]) {
        await open(page);
        const path = new URL(page.url()).pathname;
        const v = (await axeSerious(page, { known: [] })).filter((x) => x.id === 'label-content-name-mismatch');
        assert.equal(v.length, 0, `${path}\n${formatViolations(v)}`);
      }
    }));

  test('320 px: the places table on a facility profile fits (no horizontal scrolling)', () =>
    withPage(async (page) => {
      await openFirstProfile(page);
      await assertNoHorizontalScroll(page, 320, assert, 'facility profile');
    }, (b) => phoneContext(b, 320, 640)));
});
