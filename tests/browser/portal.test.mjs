// Browser tests for the STEP portal, seen through a parent's eyes.
// Run against a running portal:  cd tests/browser && npm test
// (STEP_BASE_URL overrides http://127.0.0.1:8080; screenshots go to /tmp/shots.)
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE_URL, url, hostUrl, launch, phoneContext, desktopContext, loadTenants, hexToRgb,
  axeSerious, formatViolations, assertNoHorizontalScroll, screenshot, clickAndWait, textOf,
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
describe('municipality home pages (all 24)', () => {
  for (const t of tenants) {
    test(`${t.slug}: own name, brand colour, logo and contacts`, () =>
      withPage(async (page) => {
        const res = await page.goto(url(`/${t.slug}/`));
        assert.equal(res.status(), 200);
        assert.match(await textOf(page.locator('h1')), new RegExp(`\\b${t.name}$`), 'h1 shows the name');
        assert.match(await page.title(), new RegExp(t.name), 'title shows the name');

        const bg = await page.locator('header.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
        assert.equal(bg, hexToRgb(t.branding.primary_color), `header colour ≠ ${t.branding.primary_color}`);

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
        assert.equal(await contact.getByRole('link').getAttribute('href'), `mailto:${c.email}`);
        const o = t.officeContact;
        const otext = await textOf(office);
        for (const part of [o.name, o.street, `${o.postcode} ${o.city}`, o.phone, o.email]) {
          assert.ok(otext.includes(part), `youth welfare office shows "${part}" (got "${otext}")`);
        }
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
        }
      }));
  }
});

// 3 -------------------------------------------------------------------------------------------
describe('search as a parent on a phone', () => {
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
        await assertNoHorizontalScroll(page, width, assert, 'empty search form');

        // First search: Kita only, to learn a street that exists in this municipality.
        await page.getByLabel('Art des Angebots').selectOption({ label: 'Kita' });
        let res = await clickAndWait(page, searchButton(page));
        assert.equal(res.status(), 200);
        assert.match(await textOf(page.locator('#results-h')), /\d+ Angebote? gefunden|Ein Angebot gefunden/);
        const firstAddress = await textOf(page.locator('.result').first().locator('p').nth(1));
        const street = firstAddress.match(/·\s*(.+?)\s+\d+\s*[a-z]?\s*,/)?.[1];
        assert.ok(street, `could not read a street from "${firstAddress}"`);

        // Second search: near that street, sorted by distance.
        await page.getByLabel('Standort').fill(street);
        await page.getByLabel('Sortierung').selectOption({ label: 'Entfernung' });
        res = await clickAndWait(page, searchButton(page));
        assert.equal(res.status(), 200, `search near "${street}"`);
        assert.equal(await page.locator('[role=alert]').count(), 0, 'no error box');
        // The form keeps what the parent chose.
        assert.equal(await page.getByLabel('Standort').inputValue(), street);
        assert.equal(await page.getByLabel('Sortierung').inputValue(), 'distance');
        assert.equal(await page.getByLabel('Art des Angebots').inputValue(), 'kita');

        const results = page.locator('.result');
        const n = await results.count();
        assert.ok(n > 0, 'results are listed');
        const distances = [];
        for (let i = 0; i < n; i++) {
          const tags = await textOf(results.nth(i).locator('.tags'));
          assert.match(tags, /km entfernt/, `result ${i + 1} shows its distance`);
          assert.match(tags, /^Kita\b/, `result ${i + 1} is a Kita`);
          distances.push(km(tags));
        }
        assert.deepEqual(distances, [...distances].sort((a, b) => a - b), 'sorted by distance');
        assert.ok(distances[0] <= 2, `nearest result is on/near ${street} (got ${distances[0]} km)`);
        await assertNoHorizontalScroll(page, width, assert, 'search results');
        if (width === 320) await screenshot(page, `results-${width}`);

        // Open the nearest result.
        const link = results.first().getByRole('link');
        const facility = await textOf(link);
        res = await clickAndWait(page, link);
        assert.equal(res.status(), 200);
        assert.match(new URL(page.url()).pathname, new RegExp(`^/${slug}/einrichtungen/[0-9a-f-]{36}$`));
        assert.equal(await textOf(page.locator('h1')), facility);
        const criteria = page.locator('section', { has: page.getByRole('heading', { name: 'Aufnahmekriterien' }) });
        assert.ok(await criteria.isVisible(), 'admission criteria section visible');
        const rows = criteria.locator('table tr');
        assert.ok((await rows.count()) > 0, 'criteria table has rows');
        assert.match(await textOf(rows.first()), /\d+ Punkte?$/, 'criteria show points');
        assert.ok(await page.locator('svg.map').isVisible(), 'map visible');
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
describe('invalid search input', () => {
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
    {
      what: 'unknown street',
      field: 'Standort', id: 'near', value: 'Gibtsnichtweg 7',
      message: 'Diesen Standort kennen wir nicht.',
    },
  ];
  for (const c of cases) {
    test(`${c.what}: German message, value kept, field marked, status 400`, () =>
      withPage(async (page) => {
        await page.goto(url('/rheine/suche'));
        await page.getByLabel(c.field, { exact: true }).fill(c.value);
        const res = await clickAndWait(page, searchButton(page));
        assert.equal(res.status(), 400, 'HTTP status');
        const alert = page.getByRole('alert');
        assert.equal(await alert.count(), 1, 'one alert box');
        assert.ok(await alert.isVisible(), 'alert visible');
        const text = await textOf(alert);
        assert.ok(text.includes(c.message), `alert says "${c.message}" (got "${text}")`);
        assert.ok(text.includes(c.field), `alert names the field "${c.field}" (got "${text}")`);
        const input = page.getByLabel(c.field, { exact: true });
        assert.equal(await input.inputValue(), c.value, 'typed value kept');
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

  test('"Alle Städte und Gemeinden" on the tenant host leads to the district list', () =>
    withPage(async (page) => {
      await page.goto(hostUrl('rheine', '/'));
      await clickAndWait(page, page.getByRole('link', { name: 'Alle Städte und Gemeinden' }));
      assert.equal(await textOf(page.locator('h1')), 'Kita-Portal im Kreis Steinfurt',
        `link went to ${page.url()} which shows "${await textOf(page.locator('h1'))}"`);
    }));
});

// 7 -------------------------------------------------------------------------------------------
describe('not found', () => {
  test('unknown municipality shows the German 404 page', () =>
    withPage(async (page) => {
      const res = await page.goto(url('/nirgendwo/'));
      assert.equal(res.status(), 404);
      assert.equal(await page.getAttribute('html', 'lang'), 'de');
      assert.equal(await textOf(page.locator('h1')), 'Seite nicht gefunden');
      assert.match(await page.title(), /^Seite nicht gefunden/);
      assert.match(await textOf(page.locator('main')), /Diese Seite gibt es nicht\..*Fehlercode 404/);
      await clickAndWait(page, page.getByRole('link', { name: 'Zur Startseite' }));
      assert.equal(await textOf(page.locator('h1')), 'Kita-Portal im Kreis Steinfurt');
    }));

  test('unknown facility in a municipality shows a German 404 with that municipality\'s contact', () =>
    withPage(async (page) => {
      const res = await page.goto(url('/rheine/einrichtungen/00000000-0000-4000-8000-000000000000'));
      assert.equal(res.status(), 404);
      assert.equal(await textOf(page.locator('h1')), 'Seite nicht gefunden');
      assert.ok((await textOf(page.locator('main'))).includes(bySlug.rheine.contact.email), 'shows the contact');
      const bg = await page.locator('header.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.equal(bg, hexToRgb(bySlug.rheine.branding.primary_color), 'keeps the municipality branding');
    }));
});

// 8 -------------------------------------------------------------------------------------------
describe('accessibility (axe-core, WCAG 2.1 A/AA): no serious or critical violations', () => {
  const firstProfile = async (page) => {
    await page.goto(url('/rheine/suche?kind=kita'));
    await page.goto(await page.locator('.result a').first().evaluate((a) => a.href));
  };
  const pages = [
    ['district landing', (p) => p.goto(url('/'))],
    ['municipality home (Ibbenbüren)', (p) => p.goto(url('/ibbenbueren/'))],
    ['search with results', (p) => p.goto(url('/rheine/suche?kind=kita&near=Bahnhofstra%C3%9Fe&sort=distance'))],
    ['search with an input error', (p) => p.goto(url('/rheine/suche?start=2020-01-01'))],
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
      for (const t of tenants) {
        await page.goto(url(`/${t.slug}/`));
        const v = await axeSerious(page);
        if (v.length) failures.push(`${t.slug}:\n${formatViolations(v)}`);
      }
      assert.deepEqual(failures, []);
    }));
});

// 9 -------------------------------------------------------------------------------------------
describe('keyboard', () => {
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
});
