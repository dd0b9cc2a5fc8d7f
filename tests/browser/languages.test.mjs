// The portal in seven languages (issue 18), clicked like families and a Kita lead would:
//   1. a parent's whole journey in Turkish and in Arabic on a 375 px phone – the municipality's
//      page opened with the browser's language, search, select, sign in, family, child, register –
//      then the facility's lead (German desk, own browser context) offers a place and the parent
//      accepts it in their language; the inbox has the letters in that language;
//   2. the language switcher: German → "Polski" keeps the URL, sets step_lang=pl; a staff page stays
//      German with that cookie and has no switcher;
//   3. axe-core on the home, search and facility page in each of the seven languages (375 px phone);
//   4. the Arabic account page mirrored (checked from geometry, screenshot kept), numbers and
//      postcodes still left to right;
//   5. the pseudo-locale qps at 320 px: no horizontal scrolling and no text outside the catalogue
//      (what is not ⟦bracketed⟧ must be data: names, addresses, numbers, dates …).
// Every page visited on a phone is also checked for sideways scrolling and for header items lying
// on each other; known portal problems are listed in KNOWN_LAYOUT / KNOWN_GERMAN (delete an entry
// once fixed). Expected texts come from the catalogues (services/portal/locales/<lang>/family.ftl),
// read here with a small Fluent reader, so a changed translation does not need a changed test.
//
// Runs against a long-running portal and provider (STEP_BASE_URL, STEP_IDP_URL) and may run many
// times, in any order with the other files, against the same database:
//   - the parent is eltern.nowak in STEINFURT. Only three parent accounts exist and every one is used
//     by another file, but no other browser test gives eltern.nowak a family in Steinfurt (nowak
//     lives in Saerbeck, Ladbergen and Rheine there). That matters: at sign-in a browser without a
//     chosen language takes the profile's if it is not German (cookie step_lang), so a Turkish or
//     Arabic profile would turn the German assertions of desk.test.mjs (yilmaz) or
//     documents.test.mjs (mueller) into failures. The lead must be leitung.sonnenschein (the only
//     lead account), hence Steinfurt.
//   - the Turkish and the Arabic journey share that one family: whichever ran last left its language
//     in the profile, so after signing in the other journey first sees that language (asserted, from
//     the family API) and then switches with the switcher like a family would.
//   - every journey adds a NEW child, so its registration never collides with earlier runs.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  BASE_URL, IDP_URL, ACTION_TIMEOUT_MS, url, launch, axeSerious, formatViolations, assertNoHorizontalScroll,
  screenshot, clickAndWait, textOf, idpAccounts, openMenu, loadTenants, season, signIn as signInAt,
  requireServers,
  findWaitingRow,
  apiOf,
} from './lib.mjs';

const accounts = idpAccounts();
const PARENT = accounts['eltern.nowak'];
const LEAD = accounts['leitung.sonnenschein'];
const FACILITY = LEAD.roles[0].scope;
const FACILITY_NAME = 'Kita Sonnenschein';
const SLUG = 'steinfurt';
const TENANT = loadTenants().find((t) => t.slug === SLUG);
const MAX_CHOICES = TENANT.procedure?.max_choices ?? TENANT.officeContact.procedure?.max_choices;

/** The family languages with the browser locale a family there would have. */
const LOCALES = { de: 'de-DE', en: 'en-GB', tr: 'tr-TR', ar: 'ar', ru: 'ru-RU', uk: 'uk-UA', pl: 'pl-PL' };
const LANGS = Object.keys(LOCALES);
const ENDONYMS = { de: 'Deutsch', en: 'English', tr: 'Türkçe', ar: 'العربية', ru: 'Русский', uk: 'Українська', pl: 'Polski' };

let browser;
before(async () => {
  await requireServers(`/${SLUG}/`);
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

// ---------------------------------------------------------------------------------------------
// The catalogues: enough of Fluent for these files (messages, placeables `{ $x }`, string literals,
// selectors with number and plural-category keys, nested). Arabic pages isolate placeables with
// U+2068/U+2069; `norm` drops those marks and collapses white space, on both sides of a comparison.
const CATALOGUES = new URL('../../services/portal/locales/', import.meta.url);
const catalogues = new Map();

function catalogue(lang) {
  if (!catalogues.has(lang)) {
    const messages = new Map();
    let id = null;
    let lines = [];
    const flush = () => {
      if (id) messages.set(id, lines.join('\n').replace(/\s+$/, ''));
      id = null;
      lines = [];
    };
    for (const line of readFileSync(new URL(`${lang}/family.ftl`, CATALOGUES), 'utf8').split(/\r?\n/)) {
      const m = line.match(/^([a-z][\w-]*) =(.*)$/);
      if (m) {
        flush();
        id = m[1];
        lines = [m[2].replace(/^ /, '')];
      } else if (id && (line === '' || /^[\s}]/.test(line))) { // a selector's `}` may stand at the start of a line
        lines.push(line);
      } else {
        flush();
      }
    }
    flush();
    catalogues.set(lang, messages);
  }
  return catalogues.get(lang);
}

/** Index of the `}` closing the `{` at `i`. */
function closing(src, i) {
  let depth = 0;
  for (let k = i; k < src.length; k++) {
    if (src[k] === '"' && /\{\s*$/.test(src.slice(0, k))) { // a string literal, as in {""}
      k = src.indexOf('"', k + 1);
    } else if (src[k] === '{') {
      depth++;
    } else if (src[k] === '}' && --depth === 0) {
      return k;
    }
  }
  throw new Error(`unbalanced braces in "${src}"`);
}

function resolve(src, args, lang) {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    if (src[i] !== '{') {
      out += src[i];
      continue;
    }
    const end = closing(src, i);
    out += expression(src.slice(i + 1, end), args, lang);
    i = end;
  }
  return out;
}

function expression(inner, args, lang) {
  const literal = inner.match(/^\s*"((?:[^"\\]|\\.)*)"\s*$/);
  if (literal) return literal[1];
  const variable = inner.match(/^\s*\$([\w-]+)\s*$/);
  if (variable) return arg(args, variable[1]);
  const select = inner.match(/^\s*\$([\w-]+)\s*->([\s\S]*)$/);
  if (!select) throw new Error(`unsupported Fluent expression {${inner}}`);
  // Variants: `[key] value` or `*[key] value` at the start of a line, outside nested braces.
  const body = select[2];
  const variants = [];
  let depth = 0;
  for (let k = 0; k < body.length; k++) {
    const c = body[k];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (depth === 0 && (c === '[' || c === '*') && /(^|\n)\s*$/.test(body.slice(0, k))) {
      const head = body.slice(k).match(/^(\*?)\[([^\]]+)\]/);
      if (head) {
        if (variants.length) variants.at(-1).end = k;
        variants.push({ key: head[2].trim(), fallback: head[1] === '*', start: k + head[0].length });
        k += head[0].length - 1;
      }
    }
  }
  if (variants.length) variants.at(-1).end = body.length;
  const value = arg(args, select[1]);
  const n = typeof value === 'number' ? value : /^-?\d+(\.\d+)?$/.test(String(value)) ? Number(value) : null;
  const chosen =
    (n !== null && variants.find((v) => /^\d/.test(v.key) && Number(v.key) === n)) ||
    (n !== null && variants.find((v) => v.key === new Intl.PluralRules(lang).select(n))) ||
    variants.find((v) => v.key === String(value)) ||
    variants.find((v) => v.fallback);
  return resolve(body.slice(chosen.start, chosen.end).trim(), args, lang);
}

const ANY = Symbol('any text');
const HOLE = '\u0001';
function arg(args, name) {
  if (!(name in args)) throw new Error(`the catalogue text needs $${name}`);
  const v = args[name];
  if (v === ANY) return HOLE + '.+?' + HOLE;
  if (v instanceof RegExp) return HOLE + v.source + HOLE;
  return v;
}

/** Visible text as compared here: no isolation marks, white space collapsed. */
const norm = (s) => s.replace(/[\u2068\u2069\u200e\u200f]/g, '').replace(/\s+/g, ' ').trim();

/** The catalogue text `id` in `lang` with `args`, as the page shows it (normalised). */
function msg(lang, id, args = {}) {
  const src = catalogue(lang).get(id);
  assert.ok(src !== undefined, `${lang}/family.ftl has "${id}"`);
  const text = norm(resolve(src, args, lang));
  assert.ok(!text.includes(HOLE), `msg("${id}") takes no patterns; use msgRe`);
  return text;
}

/** Like `msg`, as an anchored RegExp; arguments may be ANY or a RegExp. */
function msgRe(lang, id, args = {}) {
  const text = norm(resolve(catalogue(lang).get(id), args, lang));
  const parts = text.split(HOLE);
  const source = parts.map((p, i) => (i % 2 ? `(${p})` : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${source}$`);
}

/** `text` is the catalogue text `id` for some number `name` (the number it shows, or a plural form
 *  without a number, like "only your child"). */
function assertCounted(lang, id, text, name = 'count', args = {}) {
  const candidates = [...(text.match(/\d+/g) ?? []).map(Number), 0, 1, 2];
  assert.ok(candidates.some((n) => msg(lang, id, { ...args, [name]: n }) === text),
    `"${text}" is ${lang}/${id} for some ${name} (e.g. "${msg(lang, id, { ...args, [name]: candidates[0] })}")`);
}

/** A date as the portal writes it in `lang` (web/format.rs): 01.08.2027, 01/08/2027 in Arabic,
 *  1 August 2027 in English. */
function dateIn(lang, iso) {
  const [y, m, d] = iso.split('-');
  if (lang === 'en') return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return [d, m, y].join(lang === 'ar' ? '/' : '.');
}
const DATE_RE = (lang) => ({ ar: /\d{2}\/\d{2}\/\d{4}/, en: /\d{1,2} [A-Z][a-z]+ \d{4}/ })[lang] ?? /\d{2}\.\d{2}\.\d{4}/;

const ntext = async (locator) => norm(await textOf(locator));

// ---------------------------------------------------------------------------------------------
const header = (page) => page.locator('header.site-header');
const main = (page) => page.locator('#main');
const notice = (page) => main(page).locator('[role="status"]');
const h1 = (page) => ntext(main(page).locator('h1'));
const htmlLang = (page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

/** Path and query of the current page, e.g. "/steinfurt/auswahl?hinweis=added". */
const here = (page) => {
  const u = new URL(page.url());
  return u.origin === new URL(BASE_URL).origin ? u.pathname + u.search : u.href;
};

async function phone(width, height, locale) {
  const ctx = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale });
  ctx.setDefaultTimeout(ACTION_TIMEOUT_MS);
  return ctx;
}

async function desktop(locale) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
  ctx.setDefaultTimeout(ACTION_TIMEOUT_MS);
  return ctx;
}

/** Sign in at the provider (its form is German) after the portal sent the browser there. */
async function signInHere(page, account, path) {
  assert.ok(page.url().startsWith(`${IDP_URL}/interaction/`), `provider's sign-in form (at ${page.url()})`);
  await page.getByLabel('Benutzername').fill(account.username);
  await page.getByLabel('Passwort').fill(account.password);
  await Promise.all([page.waitForURL(url(path)), page.getByRole('button', { name: 'Anmelden' }).click()]);
}

/** The language switcher: open it and choose `lang`; returns the response of the page it returns to. */
async function switchTo(page, lang) {
  const details = page.locator('header details.lang-switch');
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
  return clickAndWait(page, details.locator(`button[name="lang"][value="${lang}"]`));
}

const familyApi = url(`/api/v1/tenants/${SLUG}/family`);

/** The family profile in Steinfurt (null before the first save). */
async function family(ctx) {
  const res = await ctx.request.get(familyApi);
  if (res.status() === 409) return null;
  assert.equal(res.status(), 200, await res.text());
  return res.json();
}

/** The family (made through the API if no journey has made it yet), for the tests that only look. */
async function ensureFamily(ctx, language) {
  const existing = await family(ctx);
  // A family these tests or the journeys made (a phone number in two parts, as people write it);
  // one another suite left behind (schemathesis signs in as the same parent) is written over.
  if (existing && /\s/.test(existing.phone || '')) return existing;
  const res = await apiOf(ctx).put(familyApi, {
    data: { first_name: PARENT.given_name, last_name: PARENT.family_name, street: 'Bahnhofstraße 12', postcode: '48565', city: 'Steinfurt', phone: '02551 98765', email: PARENT.email, language },
  });
  assert.equal(res.status(), 200, await res.text());
  return res.json();
}

// ---------------------------------------------------------------------------------------------
// Layout on a phone: what makes the page scroll sideways, and header items lying on each other.

/** Known layout problems of the portal (issue 18 review), tolerated so that they do not hide new
 *  ones. Each is reported as a diagnostic while it is seen; delete the entry once the portal is
 *  fixed. A page that scrolls sideways passes only if it stops once the known causes are mended in
 *  the page (`css` added, `text` runs made breakable) – so a new cause is still caught. `selector` /
 *  `text` tell that a cause is present; `overlap`: two header items that lie on each other; `split`:
 *  badges (.tag) allowed to break over two lines; `ltrField`: fields allowed to run right to left. */
const KNOWN_LAYOUT = [
  // None at present: the review's eight (switcher too wide at 320 px, brand under the menu button,
  // unbreakable pseudo-locale padding, nowrap criteria table, unbreakable e-mail in the account's
  // address, the kind badge splitting in Arabic, e-mail fields running right to left, the file field
  // too wide) were mended in static/style.css, layout/languages.html and the pseudo-locale's padding.
];

/** Layout problems of the page at `width`: { problems: [message], known: [id] }. */
async function layoutProblems(page, width, what) {
  const found = await page.evaluate((known) => {
    const vw = document.documentElement.clientWidth;
    const rtl = getComputedStyle(document.documentElement).direction === 'rtl';
    const out = (r) => r.width > 0 && (rtl ? r.left < -0.5 : r.right > vw + 0.5);
    const describe = (el) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') +
      (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '');
    // Inside a scroll container that itself fits (a .table-wrap), nothing makes the page scroll.
    const contained = (el) => {
      for (let e = el; e && e !== document.body; e = e.parentElement) {
        if (getComputedStyle(e).overflowX !== 'visible' && !out(e.getBoundingClientRect())) return true;
      }
      return false;
    };
    /** What sticks out: text runs, and elements without text of their own (images, fields, boxes). */
    const sideways = () => {
      const list = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n; (n = walker.nextNode());) {
        const el = n.parentElement;
        if (!n.data.trim() || el.closest('script, style') || contained(el)) continue;
        const r = document.createRange();
        r.selectNodeContents(n);
        const box = r.getBoundingClientRect();
        if (out(box)) list.push({ el, text: n.data, what: `${describe(el)} "${n.data.trim().slice(0, 60)}"`, edge: Math.round(rtl ? box.left : box.right) });
      }
      for (const el of document.body.querySelectorAll('*')) {
        if (el.children.length || el.textContent.trim() || contained(el) || !out(el.getBoundingClientRect())) continue;
        const box = el.getBoundingClientRect();
        list.push({ el, text: '', what: describe(el), edge: Math.round(rtl ? box.left : box.right) });
      }
      return list;
    };
    const scrollWidth = () => document.scrollingElement.scrollWidth;

    // Header items lying on each other: the brand's logo and text lines, the menu button, the switcher.
    const lines = (el) => {
      const r = document.createRange();
      r.selectNodeContents(el);
      return [...r.getClientRects()].filter((b) => b.width > 0);
    };
    const brand = document.querySelector('header .brand');
    const items = {
      brand: brand ? [...brand.querySelectorAll('img')].map((i) => i.getBoundingClientRect()).concat(lines(brand)) : [],
      menu: [document.querySelector('#menu-button')].filter((b) => b && b.offsetParent).map((b) => b.getBoundingClientRect()),
      switcher: [document.querySelector('header details.lang-switch summary')].filter(Boolean).map((b) => b.getBoundingClientRect()),
    };
    const hit = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    const overlaps = [['brand', 'menu'], ['brand', 'switcher'], ['menu', 'switcher']]
      .filter(([a, b]) => items[a].some((x) => items[b].some((y) => hit(x, y))))
      .map((pair) => ({ pair, known: known.find((k) => k.overlap?.join() === pair.join())?.id ?? null }));

    // A badge (the kind of offer, "روضة أطفال (Kita)") broken over two lines reads as two badges.
    const split = [...document.querySelectorAll('#main .tag')].filter((t) => t.getClientRects().length > 1)
      .map((t) => ({ what: `${describe(t)} "${t.textContent.trim()}"`, known: known.find((k) => k.split && t.matches(k.split))?.id ?? null }));
    // On a right-to-left page, fields for left-to-right data run left to right (else a long e-mail
    // address shows its end and hides its start).
    const rtlFields = !rtl ? [] : [...document.querySelectorAll('#main input[type="email"], #main input[type="tel"], #main input[type="url"]')]
      .filter((i) => getComputedStyle(i).direction !== 'ltr')
      .map((i) => ({ what: describe(i), known: known.find((k) => k.ltrField && i.matches(k.ltrField))?.id ?? null }));
    const result = { scrollWidth: scrollWidth(), overlaps, split, rtlFields, seen: [], left: [] };
    if (result.scrollWidth <= vw) return result;
    const before = sideways();
    result.seen = known.filter((k) => before.some((s) => (k.selector && s.el.closest(k.selector)) || (k.text && new RegExp(k.text).test(s.text)))).map((k) => k.id);
    // Mend the known causes, measure again, undo.
    const style = document.createElement('style');
    style.textContent = known.filter((k) => k.css).map((k) => k.css).join('\n');
    document.head.append(style);
    const changed = [];
    for (const k of known.filter((k) => k.text)) {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n; (n = walker.nextNode());) {
        const mended = n.data.replace(new RegExp(k.text, 'g'), (m) => m.replace(/(.{4})/g, '$1 ').trim());
        if (mended !== n.data) {
          changed.push([n, n.data]);
          n.data = mended;
        }
      }
    }
    result.mendedWidth = scrollWidth();
    if (result.mendedWidth > vw) result.left = sideways().map((s) => `${s.what} (edge ${s.edge})`);
    style.remove();
    for (const [n, data] of changed) n.data = data;
    return result;
  }, KNOWN_LAYOUT);

  const problems = [];
  if (found.scrollWidth > width && found.mendedWidth > width) {
    problems.push(`${what}: horizontal scrolling at ${width}px (scrollWidth ${found.scrollWidth}, ` +
      `${found.mendedWidth} with the known causes [${found.seen.join(', ')}] mended); sticking out then: ${found.left.join('; ') || 'nothing found'}`);
  }
  for (const o of found.overlaps.filter((o) => !o.known)) problems.push(`${what}: in the header, ${o.pair.join(' and ')} lie on each other`);
  for (const t of found.split.filter((t) => !t.known)) problems.push(`${what}: the badge ${t.what} is broken over two lines`);
  for (const f of found.rtlFields.filter((f) => !f.known)) problems.push(`${what}: the field ${f.what} runs right to left`);
  return {
    problems,
    known: [...new Set([...found.seen, ...[...found.overlaps, ...found.split, ...found.rtlFields].filter((x) => x.known).map((x) => x.known)])],
  };
}

/** Known problems seen by any test of this file, and the tests that finished their checks
 *  (the last test says which KNOWN entries were not seen at all). */
const KNOWN_SEEN = new Set();
const CHECKED = new Set();

/** Known layout problems seen in this test (reported as diagnostics at its end). */
function knownLayoutLog() {
  const seen = new Map();
  return {
    add(ids, where) {
      for (const id of ids) {
        seen.set(id, [...(seen.get(id) ?? []), where]);
        KNOWN_SEEN.add(id);
      }
    },
    report(t) {
      for (const [id, where] of seen) t.diagnostic(`known layout problem "${id}" on: ${where.join(', ')}`);
    },
    seen: (id) => seen.has(id),
  };
}

/** Collects axe and layout problems of every page visited; asserted at the end so that one run
 *  reports all of them (the journey itself still gets checked). Also checks the page's language. */
function auditor(page, { width, lang, tag }) {
  const problems = [];
  const known = knownLayoutLog();
  return {
    problems,
    known,
    async check(name) {
      const { lang: l, dir } = await htmlLang(page);
      if (l !== lang || dir !== (lang === 'ar' ? 'rtl' : 'ltr')) problems.push(`${name} – ${here(page)}: <html lang="${l}" dir="${dir}">`);
      const violations = await axeSerious(page);
      if (violations.length) problems.push(`${name} – ${here(page)}:\n${formatViolations(violations)}`);
      const layout = await layoutProblems(page, width, `${name} – ${here(page)}`);
      problems.push(...layout.problems);
      known.add(layout.known, name);
      await screenshot(page, `languages-${tag}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`);
    },
  };
}

const findRow = (page, text) => findWaitingRow(page, SLUG, FACILITY, text);

/** The family form's own fields (the second parent's fieldset reuses the same labels). */
const familyField = (page, label) => page.locator('form.card > .field').getByLabel(label, { exact: true });

// ---------------------------------------------------------------------------------------------
// 1. The journey
async function journey(lang, log) {
  const T = (id, args) => msg(lang, id, args);
  const width = 375;
  const tag = Date.now().toString(36).slice(-5);
  // An Arabic family may well type its child's name in Arabic script; the desk must cope.
  const child = { first: lang === 'ar' ? `ليلى-${tag}` : `Elif-${tag}`, last: PARENT.family_name };
  const childName = `${child.first} ${child.last}`;
  const start = season();

  const ctx = await phone(width, 740, LOCALES[lang]);
  const page = await ctx.newPage();
  const audit = auditor(page, { width, lang, tag: `${lang}-journey` });
  const selectionLink = header(page).locator('a[href$="/auswahl"]');
  try {
    // The municipality's page in the browser's language ---------------------------------------
    let res = await page.goto(url(`/${SLUG}/`));
    assert.equal(res.status(), 200);
    assert.deepEqual(await htmlLang(page), { lang, dir: lang === 'ar' ? 'rtl' : 'ltr' }, 'first visit follows Accept-Language');
    assert.equal(res.headers()['content-language'], lang, 'Content-Language');
    assert.match(res.headers().vary ?? '', /Accept-Language, Cookie/, 'Vary');
    assert.equal(await h1(page), T('home-title', { name: TENANT.name }));
    assert.equal(await ntext(main(page).locator('h2').first()), T('home-steps'));
    assert.equal(await ntext(header(page).locator('details.lang-switch .lang-current')), ENDONYMS[lang], 'the switcher names the language');
    await audit.check('home');

    // Search ---------------------------------------------------------------------------------------
    await openMenu(page);
    const searchLink = header(page).locator(`nav a[href="/${SLUG}/suche"]`);
    assert.equal(await ntext(searchLink), T('nav-search'));
    await clickAndWait(page, searchLink);
    assert.equal(await h1(page), T('search-title'));
    const filters = main(page).locator('details.filters');
    if (!(await filters.evaluate((d) => d.open))) {
      // The search page lists every offer at first, the filters folded under their summary.
      assert.equal(await ntext(filters.locator('summary')), T('search-filters-change'));
      await filters.locator('summary').click();
    }
    const form = filters.locator('form[action$="/suche"]');
    await form.getByLabel(T('field-kind'), { exact: true }).selectOption('kita');
    await form.getByLabel(T('field-hours'), { exact: true }).selectOption('35');
    await form.getByLabel(T('field-q'), { exact: true }).fill('Sonnenschein');
    await clickAndWait(page, form.getByRole('button', { name: T('search-submit'), exact: true }));
    const results = main(page).locator('li.result');
    const { total } = await (await ctx.request.get(url(`/api/v1/tenants/${SLUG}/facilities?kind=kita&hours=35&q=Sonnenschein`))).json();
    assert.equal(await ntext(main(page).locator('#results-h')), T('search-results', { total }));
    const result = results.filter({ has: page.locator('h3 a', { hasText: FACILITY_NAME }) });
    assert.equal(await result.count(), 1, `${FACILITY_NAME} is found`);
    assert.equal(await ntext(result.locator('.tag').first()), T('kind-kita'));
    await audit.check('search results');

    // Select -------------------------------------------------------------------------------------
    const select = result.locator('form.select-form button');
    assert.equal(await ntext(select), T('select-button'));
    assert.equal(norm(await select.getAttribute('aria-label')), T('select-button-label', { name: FACILITY_NAME }));
    await clickAndWait(page, select);
    assert.ok(here(page).includes('gewaehlt='), `the parent stays on the results (at ${here(page)})`);
    assert.equal(await ntext(main(page).locator('#chosen')), T('select-done-count', { count: 1, max: MAX_CHOICES }));
    assert.equal(await ntext(selectionLink), T('nav-selection', { count: 1 }));

    await openMenu(page);
    await clickAndWait(page, selectionLink);
    assert.equal(here(page), `/${SLUG}/auswahl`);
    assert.equal(await h1(page), T('selection-title'));
    assert.deepEqual(await main(page).locator('ol.selection-list .selection-name a').allTextContents(), [FACILITY_NAME]);
    const card = main(page).locator('section[aria-labelledby="register-h"]');
    assert.equal(await ntext(card.locator('h2')), T('register-title'));
    assert.equal(await ntext(card.locator('p').first()), T('register-login-first'));
    await audit.check('selection');

    // Sign in: a browser that chose no language takes the profile's when it is not German -------------
    const login = card.getByRole('link', { name: T('nav-login'), exact: true });
    assert.equal(await login.getAttribute('href'), `/${SLUG}/login?return_to=/${SLUG}/auswahl`);
    await clickAndWait(page, login);
    await signInHere(page, PARENT, `/${SLUG}/auswahl`);
    const profile = await family(ctx);
    const spoken = profile && profile.language !== 'de' ? profile.language : lang;
    assert.equal((await htmlLang(page)).lang, spoken, spoken !== lang ? `signed in, the page speaks the profile's language (${spoken})` : 'a German or no profile: still the browser\'s language');
    if (spoken !== lang) {
      log(`${lang}: the family's profile said "${spoken}" (chosen in an earlier run); switched with the switcher`);
      res = await switchTo(page, lang);
      assert.equal(here(page), `/${SLUG}/auswahl`, 'the switcher returns to the same page');
      assert.equal((await htmlLang(page)).lang, lang);
      assert.equal(res.headers()['content-language'], lang);
      assert.equal((await family(ctx)).language, lang, 'signed in, the switcher keeps the choice in the profile');
    }
    assert.equal(await h1(page), T('selection-title'));
    await openMenu(page);
    assert.ok(await header(page).getByRole('button', { name: T('nav-logout'), exact: true }).isVisible(), `"${T('nav-logout')}" in the header`);
    // Earlier runs may have left other offers in the account's selection: only ours is registered.
    for (;;) {
      const other = main(page).locator('ol.selection-list li').filter({ hasNot: page.locator('a', { hasText: FACILITY_NAME }) });
      if ((await other.count()) === 0) break;
      log(`${lang}: removing "${await ntext(other.first().locator('.selection-name a'))}" left in the selection`);
      await clickAndWait(page, other.first().locator('form:has(input[value="remove"]) button'));
    }

    // Family ---------------------------------------------------------------------------------------
    const familyFirst = card.getByRole('link', { name: T('register-family-first'), exact: true });
    const newFamily = (await familyFirst.count()) > 0;
    log(newFamily ? `${lang}: new family` : `${lang}: family from an earlier run, saved again`);
    if (newFamily) {
      await clickAndWait(page, familyFirst);
    } else {
      await openMenu(page);
      // By its address: with unread messages the link's name carries a badge.
      const account = header(page).locator(`nav a[href="/${SLUG}/konto"]`);
      assert.ok((await ntext(account)).startsWith(T('nav-account')), `"${T('nav-account')}" in the header`);
      await clickAndWait(page, account);
      await clickAndWait(page, main(page).getByRole('link', { name: T('account-family-edit'), exact: true }));
    }
    assert.equal(here(page), `/${SLUG}/konto/familie`);
    assert.equal(await h1(page), T('family-title'));
    const preferred = main(page).getByLabel(T('family-language'), { exact: true });
    // A new family's form proposes the page's language; a family's form shows what its profile says
    // (German in a profile made elsewhere: browsing in Turkish is not choosing it for the e-mails).
    const proposed = newFamily ? lang : (await family(ctx)).language;
    assert.equal(await preferred.inputValue(), proposed, 'the preferred language is the page\'s (a new family) or the profile\'s');
    assert.equal(norm(await preferred.evaluate((s) => s.selectedOptions[0].textContent)), ENDONYMS[proposed], 'named in itself');
    // The family wants its letters in the language it reads.
    await preferred.selectOption(lang);
    await audit.check('family form');
    const values = {
      'family-first_name': PARENT.given_name,
      'family-last_name': PARENT.family_name,
      'family-street': 'Bahnhofstraße 12',
      'family-postcode': '48565',
      'family-city': 'Steinfurt',
      'family-phone': '02551 987-65',
      'family-email': PARENT.email,
    };
    for (const [id, value] of Object.entries(values)) await familyField(page, T(id)).fill(value);
    await clickAndWait(page, main(page).getByRole('button', { name: T('save'), exact: true }));
    assert.equal(await ntext(notice(page)), T('notice-family-saved'));
    if (here(page) === `/${SLUG}/konto?hinweis=family-saved`) {
      await clickAndWait(page, main(page).getByRole('link', { name: T('account-child-add'), exact: true }));
    } else {
      assert.equal(here(page), `/${SLUG}/konto/kinder?hinweis=family-saved`, 'a new family goes on to its first child');
    }

    // Child ----------------------------------------------------------------------------------------
    assert.equal(await h1(page), T('child-title'));
    await audit.check('child form');
    const birth = new Date(Date.parse(start) - 1300 * 86400_000).toISOString().slice(0, 10); // 3½ years at the start
    await main(page).getByLabel(T('family-first_name'), { exact: true }).fill(child.first);
    await main(page).getByLabel(T('family-last_name'), { exact: true }).fill(child.last);
    await main(page).getByLabel(T('child-birth-date'), { exact: true }).fill(birth);
    await clickAndWait(page, main(page).getByRole('button', { name: T('child-save'), exact: true }));
    assert.equal(here(page), `/${SLUG}/auswahl?hinweis=child-saved`, 'with a selection, the child leads back to it');
    assert.equal(await ntext(notice(page)), T('notice-child-saved'));

    // Register -------------------------------------------------------------------------------------
    await card.getByLabel(T('register-child'), { exact: true }).selectOption({ label: childName });
    assert.equal(await card.locator('#start').inputValue(), start, 'start defaults to the beginning of the Kita year');
    assert.deepEqual((await card.locator('fieldset.register-item > legend').allTextContents()).map(norm), [`1. ${FACILITY_NAME}`]);
    await card.locator(`#hours_${FACILITY}`).selectOption('35');
    await audit.check('registration form');
    await clickAndWait(page, card.getByRole('button', { name: T('register-submit', { count: 1 }), exact: true }));
    assert.equal(here(page), `/${SLUG}/konto?hinweis=registered`);
    assert.equal(await h1(page), T('account-title'));
    assert.equal(await ntext(notice(page)), T('notice-registered'));
    const section = main(page).locator('section').filter({ has: page.getByRole('heading', { level: 2, name: childName, exact: true }) });
    assert.equal(await section.count(), 1, `one section for ${childName}`);
    const reg = section.locator('li.registration', { has: page.locator('h3', { hasText: FACILITY_NAME }) });
    assert.equal(await ntext(reg.locator('.status')), T('status-registered'), 'waiting, said in the language');
    assert.equal(await ntext(reg.locator('p').first()), [
      T('status-registered'), T('registration-start', { date: dateIn(lang, start) }), T('hours-option', { hours: 35 }), T('registration-rank', { rank: 1 }),
    ].join(' · '));
    assertCounted(lang, 'registration-waiting', await ntext(reg.locator('p.small').first()));
    await audit.check('account, waiting');

    // The lead offers a place on the German desk (a browser asking for the same language) ------------
    const leadCtx = await desktop(LOCALES[lang]);
    try {
      const lead = await leadCtx.newPage();
      await signInAt(lead, LEAD, `/${SLUG}/einrichtung/${FACILITY}/plaetze`, assert);
      assert.equal((await htmlLang(lead)).lang, 'de', 'the desk speaks German whatever the browser asks for');
      const [y, m, d] = start.split('-');
      const seasonRow = main(lead).getByLabel(`Freie Plätze: ${d}.${m}.${y}, ab 3 Jahren, beliebig`);
      await seasonRow.fill(String(Number(await seasonRow.inputValue()) + 1));
      await clickAndWait(lead, main(lead).getByRole('button', { name: 'Plätze speichern' }));
      assert.match(await textOf(main(lead).getByRole('status')), /freien Plätze wurden gespeichert/);
      const row = await findRow(lead, child.first);
      assert.equal(await row.count(), 1, `${childName} is on the waiting list`);
      await clickAndWait(lead, row.getByRole('link', { name: child.first }));
      assert.ok((await h1(lead)).startsWith(childName), `the registration of ${childName} (got "${await h1(lead)}")`);
      await clickAndWait(lead, main(lead).getByRole('button', { name: 'Platz anbieten' }));
      assert.match(await textOf(main(lead).getByRole('status')), /Platzangebot wurde gesendet/);
    } finally {
      await leadCtx.close();
    }

    // The parent answers in their language --------------------------------------------------------
    await page.goto(url(`/${SLUG}/konto`));
    const banner = page.locator('section.offer-banner');
    const offers = banner.locator('p[id^="offer-"]');
    assert.equal(norm(await banner.getAttribute('aria-label')), T('offer-banner-title', { count: await offers.count() }));
    const ours = offers.filter({ hasText: child.first });
    assert.equal(await ours.count(), 1, 'the banner names the child');
    assert.match(await ntext(ours), msgRe(lang, 'offer-banner-text', { facility: FACILITY_NAME, child: ANY, date: DATE_RE(lang) }));
    assert.equal(await ntext(reg.locator('.status')), T('status-offered'));
    assert.match(await ntext(reg.locator('.notice.offer strong')), msgRe(lang, 'account-offer', { date: DATE_RE(lang) }));
    await audit.check('account, offer');
    await clickAndWait(page, reg.getByRole('link', { name: T('account-accept'), exact: true }));
    assert.match(here(page), /\/konto\/vormerkungen\/[0-9a-f-]{36}\/annehmen$/);
    assert.equal(await h1(page), T('accept-title'));
    assert.equal(await ntext(main(page).locator('p.lead')), T('accept-question', { child: child.first, facility: FACILITY_NAME, date: dateIn(lang, start) }));
    await audit.check('accept confirmation');
    await clickAndWait(page, main(page).getByRole('button', { name: T('accept-confirm'), exact: true }));
    assert.equal(here(page), `/${SLUG}/konto?hinweis=accepted`);
    assert.equal(await ntext(notice(page)), T('notice-accepted'));
    assert.equal(await ntext(reg.locator('.status')), T('status-accepted'));
    assert.equal(await page.locator('section.offer-banner p[id^="offer-"]', { hasText: child.first }).count(), 0, 'answered: out of the banner');
    await audit.check('account, accepted');

    // The letters were written in the family's language -------------------------------------------
    const inboxLink = main(page).locator(`a[href="/${SLUG}/konto/nachrichten"]`);
    assertCounted(lang, 'inbox-link', await ntext(inboxLink));
    await clickAndWait(page, inboxLink);
    assert.equal(await h1(page), T('inbox-title'));
    const subjects = (await main(page).locator('li.message', { hasText: child.first }).locator('h2').allTextContents())
      .map((s) => norm(s).replace(`${T('inbox-new')} `, ''));
    for (const id of ['msg-registered-subject', 'msg-offered-subject', 'msg-accepted-subject']) {
      assert.ok(subjects.includes(T(id, { facility: FACILITY_NAME })), `inbox has "${T(id, { facility: FACILITY_NAME })}" (${id}); got ${JSON.stringify(subjects)}`);
    }
    await audit.check('inbox');

    audit.known.report({ diagnostic: log });
    assert.deepEqual(audit.problems, [], `problems on the ${lang} pages:\n${audit.problems.join('\n')}`);
    CHECKED.add(`journey ${lang}`);
  } catch (e) {
    await screenshot(page, `languages-${lang}-journey-failure`).catch(() => {});
    throw e;
  } finally {
    await ctx.close();
  }
}

describe("a parent's journey in Turkish and in Arabic on a 375 px phone, answered offer included", () => {
  for (const lang of ['tr', 'ar']) {
    test(`${lang}: search, select, sign in, family, child, register; the lead offers; the parent accepts`, (t) =>
      journey(lang, (m) => t.diagnostic(m)));
  }
});

// ---------------------------------------------------------------------------------------------
// 2. The switcher
test('the switcher: German → "Polski" keeps the page and sets step_lang=pl; the desk stays German', async () => {
  const ctx = await phone(375, 740, 'de-DE');
  const page = await ctx.newPage();
  try {
    const path = `/${SLUG}/suche?kind=kita&hours=35`;
    await page.goto(url(path));
    assert.deepEqual(await htmlLang(page), { lang: 'de', dir: 'ltr' });
    assert.equal(await h1(page), msg('de', 'search-title'));
    const sw = header(page).locator('details.lang-switch');
    assert.equal(await sw.count(), 1, 'a switcher on the family page');
    // What a screen reader says: the label and the language's name (the phone's short code "DE" is aria-hidden).
    const summary = async () => sw.locator('summary').evaluate((s) => {
      const c = s.cloneNode(true);
      c.querySelectorAll('[aria-hidden="true"]').forEach((e) => e.remove());
      return c.textContent.replace(/\s+/g, ' ').trim();
    });
    assert.equal(await summary(), `${msg('de', 'language-switch')}: Deutsch`);
    assert.equal(await sw.locator('.lang-code').textContent(), 'DE', 'the phone shows the short code');
    const buttons = sw.locator('button[name="lang"]');
    assert.equal(await buttons.first().isVisible(), false, 'closed at first');
    const choices = await buttons.evaluateAll((bs) => bs.map((b) => ({ value: b.value, text: b.textContent.trim(), lang: b.lang, dir: b.dir, current: b.getAttribute('aria-current') })));
    const byCode = (a, b) => a.value.localeCompare(b.value);
    assert.deepEqual(choices.sort(byCode), LANGS.map((l) => ({ value: l, text: ENDONYMS[l], lang: l, dir: l === 'ar' ? 'rtl' : 'ltr', current: l === 'de' ? 'true' : null })).sort(byCode),
      'the seven languages (not the pseudo-locale), each named in itself, marked with its lang and dir, German current');
    assert.equal((await ctx.cookies()).find((c) => c.name === 'step_lang'), undefined, 'no cookie before a choice');

    await sw.locator('summary').click();
    const polski = sw.getByRole('button', { name: 'Polski', exact: true });
    assert.ok(await polski.isVisible(), 'open, the choices show');
    const res = await clickAndWait(page, polski);
    assert.equal(here(page), path, 'the same URL, no language prefix');
    assert.deepEqual(await htmlLang(page), { lang: 'pl', dir: 'ltr' });
    assert.equal(res.headers()['content-language'], 'pl');
    assert.equal(await h1(page), msg('pl', 'search-title'));
    const { total } = await (await ctx.request.get(url(`/api/v1/tenants/${SLUG}/facilities?kind=kita&hours=35`))).json();
    assert.equal(await ntext(main(page).locator('#results-h')), msg('pl', 'search-results', { total }), 'Polish plural');
    assert.equal(await summary(), `${msg('pl', 'language-switch')}: Polski`);
    assert.equal(await sw.locator('button[aria-current="true"]').getAttribute('value'), 'pl');
    const cookie = (await ctx.cookies()).find((c) => c.name === 'step_lang');
    assert.equal(cookie?.value, 'pl', 'the choice is kept in step_lang');
    assert.ok(cookie.expires > Date.now() / 1000 + 30 * 86400, 'for longer than the session');
    // The cookie wins over the browser's German on the next page.
    await page.goto(url(`/${SLUG}/`));
    assert.equal(await h1(page), msg('pl', 'home-title', { name: TENANT.name }));

    // A lead signs in on this browser: the desk stays German, with no switcher.
    await signInAt(page, LEAD, `/${SLUG}/einrichtung`, assert);
    const desk = await page.goto(url(`/${SLUG}/einrichtung`));
    assert.equal(desk.headers()['content-language'], 'de');
    assert.deepEqual(await htmlLang(page), { lang: 'de', dir: 'ltr' });
    assert.equal(await h1(page), 'Arbeitsplatz');
    assert.equal(await page.locator('details.lang-switch, form[action$="/sprache"]').count(), 0, 'no switcher on a staff page');
    await page.goto(url(`/${SLUG}/einrichtung/${FACILITY}`));
    assert.equal(await h1(page), `Warteliste: ${FACILITY_NAME}`);
    assert.equal((await htmlLang(page)).lang, 'de');
    assert.equal(await page.locator('details.lang-switch').count(), 0);
    // An error page on a staff path is German too (the lead is not office staff).
    const office = await page.goto(url(`/${SLUG}/amt`));
    assert.equal(office.status(), 403);
    assert.equal(await h1(page), 'Keine Berechtigung');
    assert.equal((await htmlLang(page)).lang, 'de');
    assert.equal((await ctx.cookies()).find((c) => c.name === 'step_lang')?.value, 'pl', 'the cookie is untouched');
    // Back on a family page the family's choice holds.
    await page.goto(url(`/${SLUG}/`));
    assert.equal((await htmlLang(page)).lang, 'pl');
    assert.equal(await header(page).locator('details.lang-switch').count(), 1);
  } finally {
    await ctx.close();
  }
});

// ---------------------------------------------------------------------------------------------
// 3. axe-core in every language
describe('axe-core: no serious or critical violations in any of the seven languages (375 px phone)', () => {
  for (const lang of LANGS) {
    test(`${lang}: home, search and facility page`, async (t) => {
      const width = 375;
      const ctx = await phone(width, 740, LOCALES[lang]);
      const page = await ctx.newPage();
      const problems = [];
      const known = knownLayoutLog();
      try {
        for (const [name, path, heading] of [
          ['home', `/${SLUG}/`, msg(lang, 'home-title', { name: TENANT.name })],
          ['search', `/${SLUG}/suche?kind=kita&hours=35`, msg(lang, 'search-title')],
          ['facility', `/${SLUG}/einrichtungen/${FACILITY}`, FACILITY_NAME],
        ]) {
          const res = await page.goto(url(path));
          assert.equal(res.status(), 200, `${name}: status`);
          assert.deepEqual(await htmlLang(page), { lang, dir: lang === 'ar' ? 'rtl' : 'ltr' }, `${name}: <html lang dir>`);
          assert.equal(res.headers()['content-language'], lang, `${name}: Content-Language`);
          assert.equal(await h1(page), heading, `${name}: heading in ${lang}`);
          const violations = await axeSerious(page);
          if (violations.length) problems.push(`${name} (${path}):\n${formatViolations(violations)}`);
          const layout = await layoutProblems(page, width, `${name} (${path})`);
          problems.push(...layout.problems);
          known.add(layout.known, name);
        }
        known.report(t);
        assert.deepEqual(problems, [], `axe and layout in ${lang}:\n${problems.join('\n')}`);
        CHECKED.add(`axe ${lang}`);
      } finally {
        await ctx.close();
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------
// 4. The Arabic account page, mirrored
test('Arabic account page on a phone: mirrored layout, numbers and postcodes left to right', async (t) => {
  const width = 375;
  const ctx = await phone(width, 740, 'ar');
  const page = await ctx.newPage();
  try {
    await page.goto(url(`/${SLUG}/konto`));
    await signInHere(page, PARENT, `/${SLUG}/konto`);
    const fam = await ensureFamily(ctx, 'ar');
    if ((await htmlLang(page)).lang !== 'ar') await switchTo(page, 'ar');
    await page.goto(url(`/${SLUG}/konto`));
    assert.deepEqual(await htmlLang(page), { lang: 'ar', dir: 'rtl' });
    assert.equal(await h1(page), msg('ar', 'account-title'));
    await screenshot(page, 'languages-ar-account-375');

    const geometry = await page.evaluate(({ fam }) => {
      const box = (el) => el.getBoundingClientRect();
      /** Rectangle of `part` inside the text of `el` (first occurrence). */
      const rectOf = (el, part) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n; (n = walker.nextNode());) {
          const i = n.data.indexOf(part);
          if (i < 0) continue;
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + part.length);
          return r.getBoundingClientRect();
        }
        return null;
      };
      const textBox = (el) => {
        const r = document.createRange();
        r.selectNodeContents(el);
        return r.getBoundingClientRect();
      };
      const mainEl = document.querySelector('#main');
      const h = mainEl.querySelector('h1');
      const address = mainEl.querySelector('section[aria-labelledby="family-h"] address');
      const bdis = [...address.querySelectorAll('bdi')];
      const postcodeBdi = bdis.find((b) => b.textContent.includes(fam.postcode));
      const streetBdi = bdis.find((b) => b.textContent.includes(fam.street));
      const phoneBdi = bdis.find((b) => b.textContent.includes(fam.phone));
      const streetNumber = fam.street.match(/\d+\w*$/)?.[0];
      const [phoneHead, phoneTail] = [fam.phone.split(/\s+/)[0], fam.phone.split(/\s+/).at(-1)];
      const footerPhone = document.querySelector('footer address a[href^="tel:"]');
      return {
        viewport: document.documentElement.clientWidth,
        brand: box(document.querySelector('header .brand')).toJSON(),
        logo: box(document.querySelector('header .brand img')).toJSON(),
        menu: box(document.querySelector('#menu-button')).toJSON(),
        switcher: box(document.querySelector('header details.lang-switch summary')).toJSON(),
        mainDirection: getComputedStyle(mainEl).direction,
        h1Box: box(h).toJSON(),
        h1Text: textBox(h).toJSON(),
        h1Align: getComputedStyle(h).textAlign,
        postcode: { dir: postcodeBdi && getComputedStyle(postcodeBdi).direction, code: rectOf(postcodeBdi, fam.postcode)?.toJSON(), city: rectOf(postcodeBdi, fam.city)?.toJSON() },
        street: { dir: streetBdi && getComputedStyle(streetBdi).direction, name: rectOf(streetBdi, fam.street.replace(/\s*\d+\w*$/, ''))?.toJSON(), number: streetNumber && rectOf(streetBdi, streetNumber)?.toJSON() },
        phone: { dir: phoneBdi && getComputedStyle(phoneBdi).direction, head: rectOf(phoneBdi, phoneHead)?.toJSON(), tail: rectOf(phoneBdi, phoneTail)?.toJSON() },
        footerPhone: { text: footerPhone.textContent, head: rectOf(footerPhone, '0000')?.toJSON(), tail: rectOf(footerPhone, '(Demo)')?.toJSON() },
      };
    }, { fam });

    const vw = geometry.viewport;
    const centre = (r) => r.x + r.width / 2;
    // The header mirrors: brand and logo at the right edge, then the menu button, the switcher at the left edge.
    assert.ok(centre(geometry.brand) > vw / 2, `brand link on the right half (centre ${centre(geometry.brand)} of ${vw})`);
    assert.ok(geometry.logo.right > vw - 40, `logo at the right edge (right ${geometry.logo.right})`);
    assert.ok(centre(geometry.brand) > centre(geometry.menu) && centre(geometry.menu) > centre(geometry.switcher),
      `right to left: brand, menu, switcher (centres ${[geometry.brand, geometry.menu, geometry.switcher].map(centre).join(', ')})`);
    assert.ok(geometry.switcher.left < 40, `switcher at the left edge (left ${geometry.switcher.left})`);
    // The text runs right to left and is aligned to the right.
    assert.equal(geometry.mainDirection, 'rtl');
    assert.ok(Math.abs(geometry.h1Text.right - geometry.h1Box.right) < 2 && geometry.h1Text.left > geometry.h1Box.left + 20,
      `heading text at the right (text ${JSON.stringify(geometry.h1Text)} in box ${JSON.stringify(geometry.h1Box)}, text-align ${geometry.h1Align})`);
    // What is written left to right stays so, inside the right-to-left page.
    assert.equal(geometry.postcode.dir, 'ltr', 'the postcode-and-city <bdi> runs left to right');
    assert.ok(geometry.postcode.code.left < geometry.postcode.city.left, `"${fam.postcode} ${fam.city}": the postcode stays before the city`);
    assert.equal(geometry.street.dir, 'ltr', 'the street <bdi> runs left to right');
    assert.ok(geometry.street.name.left < geometry.street.number.left, `"${fam.street}": the number stays after the street`);
    assert.equal(geometry.phone.dir, 'ltr', 'the phone number runs left to right');
    assert.ok(geometry.phone.head.left < geometry.phone.tail.left, `"${fam.phone}" keeps its order`);
    assert.ok(geometry.footerPhone.head.left < geometry.footerPhone.tail.left, `footer "${norm(geometry.footerPhone.text)}": the number keeps its order`);

    // The open switcher opens towards the inside of the page (inline end = left) and fits.
    await page.locator('header details.lang-switch summary').click();
    const list = await page.locator('header .lang-list').boundingBox();
    assert.ok(list.x >= 0 && list.x + list.width <= vw, `the open language list fits the screen (${JSON.stringify(list)})`);
    await screenshot(page, 'languages-ar-account-375-switcher');
    await page.locator('header details.lang-switch summary').click();

    const violations = await axeSerious(page);
    assert.equal(violations.length, 0, `axe on the Arabic account page:\n${formatViolations(violations)}`);
    await assertNoHorizontalScroll(page, width, assert, 'Arabic account page at 375px');
    const layout = await layoutProblems(page, width, 'Arabic account page');
    const known = knownLayoutLog();
    known.add(layout.known, 'account');
    known.report(t);
    assert.deepEqual(layout.problems, []);
    CHECKED.add('arabic account');
  } finally {
    await ctx.close();
  }
});

// ---------------------------------------------------------------------------------------------
// 5. The pseudo-locale at 320 px: no German left outside the catalogue, nothing too wide.

/** German words of the interface: a text outside the catalogue containing one is reported as such. */
const GERMAN_UI_WORDS = [
  'und', 'oder', 'Sie', 'Ihr', 'Ihre', 'Ihren', 'Bitte', 'Anmelden', 'Abmelden', 'Suche', 'suchen', 'Konto', 'Auswahl',
  'Kind', 'Kinder', 'Einrichtung', 'Angebot', 'Angebote', 'Platz', 'Plätze', 'Vormerkung', 'Seite', 'Zurück', 'zurück',
  'Menü', 'Sprache', 'Uhr', 'für', 'mit', 'der', 'die', 'das', 'ein', 'eine', 'nicht', 'von', 'zum', 'bis', 'Jahre',
  'Monate', 'Stunden', 'Telefon', 'Nachricht', 'Nachrichten', 'Familie', 'Speichern', 'Entfernen', 'Warteliste',
];

/** Texts outside the catalogue still shown in the pseudo-locale, not yet fixed: { page, text, from }.
 *  Each one is a product bug (hard-coded German); delete the entry once fixed. */
const KNOWN_GERMAN = [];


/** Every string on the pages that is data, not interface: municipality, office, facilities,
 *  the family and its children, the language names. */
async function dataStrings(ctx, { signedIn }) {
  const out = new Set([...Object.values(ENDONYMS)]);
  for (const m of loadTenants()) {
    out.add(m.name).add(m.kind);
    for (const c of [m.contact, m.officeContact]) {
      for (const v of [c.name, c.street, `${c.postcode} ${c.city}`, c.postcode, c.city, c.phone, c.email]) out.add(v);
    }
  }
  // Municipalities added at run time (tenants.test.mjs adds some) are data too: the live list.
  for (const m of await (await ctx.request.get(url('/api/v1/tenants'))).json()) out.add(m.name).add(m.office);
  const list = await (await ctx.request.get(url(`/api/v1/tenants/${SLUG}/facilities?per_page=100`))).json();
  for (const f of list.items) {
    out.add(f.name);
    out.add(f.provider_org);
    out.add(`${f.address.street}, ${f.address.postcode} ${f.address.city}`);
    for (const c of f.concepts) out.add(c);
  }
  const f = await (await ctx.request.get(url(`/api/v1/tenants/${SLUG}/facilities/${FACILITY}`))).json();
  for (const v of [f.opening_hours, f.description, f.contact.name, f.contact.phone, f.contact.email, ...f.group_forms,
    ...f.admission_criteria.map((c) => c.label)]) out.add(v);
  if (signedIn) {
    const fam = await family(ctx);
    for (const v of [fam.first_name, fam.last_name, fam.street, fam.postcode, fam.city, fam.phone, fam.email,
      fam.guardian2_first_name, fam.guardian2_last_name, fam.guardian2_phone, fam.guardian2_email]) if (v) out.add(v);
    const kids = await (await ctx.request.get(url(`/api/v1/tenants/${SLUG}/children`))).json();
    for (const k of kids) out.add(`${k.first_name} ${k.last_name}`).add(k.first_name).add(k.last_name);
    out.add(PARENT.given_name).add(PARENT.family_name);
  }
  return [...out].filter(Boolean).sort((a, b) => b.length - a.length);
}

/** Every text a family reads or hears on the page that is not ⟦from the catalogue⟧ and not data:
 *  text nodes of the body (closed <details> and visually hidden text included), the title, and the
 *  aria-label, title, alt and placeholder attributes. */
async function foreignTexts(page, data) {
  return page.evaluate((data) => {
    const found = [];
    const boundary = (s) => new RegExp(`(?<![\\p{L}\\p{N}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    const patterns = data.map(boundary);
    const rest = (text) => {
      let t = text.replace(/⟦[^⟧]*⟧/g, ' ');
      for (const p of patterns) t = t.replace(p, ' ');
      t = t.replace(/[\w.+-]+@[\w.-]+/g, ' ').replace(/https?:\/\/\S+/g, ' ');
      return /\p{L}/u.test(t) ? t.replace(/\s+/g, ' ').trim() : null;
    };
    const where = (el) => {
      const parts = [];
      for (let e = el; e && e !== document.body && parts.length < 3; e = e.parentElement) {
        parts.unshift(e.tagName.toLowerCase() + (e.id ? `#${e.id}` : '') + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : ''));
      }
      return parts.join(' > ');
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n; (n = walker.nextNode());) {
      const el = n.parentElement;
      if (el.closest('script, style, template, .lang-list')) continue;
      const text = n.data.replace(/\s+/g, ' ').trim();
      const left = text && rest(text);
      if (left) found.push({ text, left, where: where(el) });
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      if (el.closest('.lang-list')) continue;
      for (const a of ['aria-label', 'title', 'alt', 'placeholder']) {
        const v = el.getAttribute(a);
        const left = v && rest(v);
        if (left) found.push({ text: v, left, where: `${where(el)}[${a}]` });
      }
    }
    const title = rest(document.title);
    if (title) found.push({ text: document.title, left: title, where: 'title' });
    return found;
  }, data);
}

test('pseudo-locale qps at 320 px: every text from the catalogue, no horizontal scrolling', async (t) => {
  const width = 320;
  const ctx = await phone(width, 640, 'de-DE');
  const useQps = () => ctx.addCookies([{ name: 'step_lang', value: 'qps', url: BASE_URL }]);
  await useQps();
  const page = await ctx.newPage();
  const german = [];
  const overflow = [];
  const known = knownLayoutLog();
  const visit = async (name, path, { signedIn = false, status = 200 } = {}) => {
    if (path) {
      const res = await page.goto(url(path));
      assert.equal(res.status(), status, `${name}: status`);
    }
    assert.equal((await htmlLang(page)).lang, 'qps', `${name}: in the pseudo-locale`);
    await screenshot(page, `languages-qps-320-${name.replace(/[^a-z0-9]+/gi, '-')}`);
    // Not lib's assertNoHorizontalScroll: the overflow here comes from text runs (which it does not
    // see) and is told apart by its known causes.
    const layout = await layoutProblems(page, width, `${name} (${here(page)})`);
    overflow.push(...layout.problems);
    known.add(layout.known, name);
    for (const f of await foreignTexts(page, await dataStrings(ctx, { signedIn }))) {
      const k = KNOWN_GERMAN.find((k) => k.page === name && f.text.includes(k.text));
      if (k) {
        KNOWN_SEEN.add(k);
        continue;
      }
      const words = GERMAN_UI_WORDS.filter((w) => new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, 'u').test(f.left));
      german.push(`${name} (${here(page)}) ${f.where}: "${f.text}"${words.length ? ` – German: ${words.join(', ')}` : ''}`);
    }
  };
  try {
    // Without signing in.
    await visit('home', `/${SLUG}/`);
    await visit('search', `/${SLUG}/suche?kind=kita&hours=35`);
    await visit('facility', `/${SLUG}/einrichtungen/${FACILITY}`);
    const select = main(page).locator('form.select-form button');
    if (await select.count()) await clickAndWait(page, select);
    await visit('selection', `/${SLUG}/auswahl`);
    await visit('not found', `/${SLUG}/gibt-es-nicht`, { status: 404 });
    await visit('district', '/');
    // Signed in (the sign-in sets the profile's language: the pseudo-locale is chosen again).
    await page.goto(url(`/${SLUG}/login?return_to=/${SLUG}/konto`));
    await signInHere(page, PARENT, `/${SLUG}/konto`);
    await ensureFamily(ctx, 'de');
    await useQps();
    await visit('account', `/${SLUG}/konto`, { signedIn: true });
    // Pages reached from the account (GET only: nothing is withdrawn or deleted here).
    const withdraw = await main(page).locator('a[href$="/zurueckziehen"]').first().getAttribute('href').catch(() => null);
    const documents = await main(page).locator('a[href$="/dokumente"]').first().getAttribute('href').catch(() => null);
    await visit('family', `/${SLUG}/konto/familie`, { signedIn: true });
    await visit('child', `/${SLUG}/konto/kinder`, { signedIn: true });
    if (withdraw) await visit('withdraw confirmation', withdraw, { signedIn: true });
    if (documents) await visit('documents', documents, { signedIn: true });
    if (!withdraw || !documents) t.diagnostic('no registration yet (run the journeys first): withdraw and documents pages not visited');
    await visit('delete account confirmation', `/${SLUG}/konto/loeschen`, { signedIn: true });
    await visit('selection, signed in', `/${SLUG}/auswahl`, { signedIn: true });
    // Leave the account's selection as it was (the journeys register from it).
    const ours = main(page).locator('ol.selection-list li', { has: page.locator('a', { hasText: FACILITY_NAME }) });
    if (await ours.count()) await clickAndWait(page, ours.locator('form:has(input[value="remove"]) button'));

    known.report(t);
    assert.deepEqual({ overflow, german }, { overflow: [], german: [] },
      `horizontal scrolling in the pseudo-locale:\n${overflow.join('\n') || '(none)'}\n\ntext outside the catalogue (hard-coded) in the pseudo-locale:\n${german.join('\n') || '(none)'}`);
    CHECKED.add('qps');
  } catch (e) {
    await screenshot(page, 'languages-qps-failure').catch(() => {});
    throw e;
  } finally {
    await ctx.close();
  }
});

// ---------------------------------------------------------------------------------------------
test('the KNOWN lists name only problems still seen (diagnostics; needs the whole file)', (t) => {
  const all = 2 + LANGS.length + 1 + 1; // journeys, axe per language, Arabic account, pseudo-locale
  if (CHECKED.size < all) {
    t.skip(`${CHECKED.size} of ${all} checking tests passed in this run`);
    return;
  }
  for (const k of [...KNOWN_LAYOUT.filter((k) => !KNOWN_SEEN.has(k.id)), ...KNOWN_GERMAN.filter((k) => !KNOWN_SEEN.has(k))]) {
    t.diagnostic(`KNOWN entry no longer seen, delete it: ${JSON.stringify(k)}`);
  }
});
