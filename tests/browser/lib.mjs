// Shared helpers for the STEP browser tests (node --test). No test framework beyond node:test,
// no browser downloads: playwright-core drives the system Chromium (see smoke.mjs).
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.STEP_BASE_URL || 'http://127.0.0.1:8080').replace(/\/+$/, '');
export const SHOTS_DIR = process.env.STEP_SHOTS_DIR || '/tmp/shots';
const TENANTS_DIR = new URL('../../tenants/', import.meta.url);

/** Absolute URL on the portal for a path like `/rheine/suche`. */
export const url = (path = '/') => BASE_URL + (path.startsWith('/') ? path : '/' + path);

/** Base URL of a tenant's own host (`<slug>.step.localhost`, same scheme and port as BASE_URL). */
export function hostUrl(slug, path = '/') {
  const u = new URL(BASE_URL);
  u.hostname = `${slug}.step.localhost`;
  return u.origin + path;
}

/** Playwright's default of 30 s per action makes every failing click cost half a minute. */
export const ACTION_TIMEOUT_MS = Number(process.env.STEP_ACTION_TIMEOUT_MS || 10_000);

/** Launch the system Chromium once per test file. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.STEP_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A phone-like context (touch, mobile viewport meta honoured) with German locale. */
export async function phoneContext(browser, width, height) {
  const ctx = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'de-DE',
  });
  ctx.setDefaultTimeout(ACTION_TIMEOUT_MS);
  return ctx;
}

export async function desktopContext(browser) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
  ctx.setDefaultTimeout(ACTION_TIMEOUT_MS);
  return ctx;
}

// ---------------------------------------------------------------------------------------------
// Tiny TOML reader: enough for tenants/*.toml and offices.toml (tables, dotted table headers,
// strings, numbers, booleans, arrays of strings). Not a general TOML parser.
function parseValue(raw) {
  const v = raw.trim();
  if (v.startsWith('"')) return JSON.parse(v.match(/^"(?:[^"\\]|\\.)*"/)[0]);
  if (v.startsWith('[')) return [...v.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`));
  if (v === 'true' || v === 'false') return v === 'true';
  const n = Number(v.replace(/\s*#.*$/, '').replace(/_/g, ''));
  return Number.isNaN(n) ? v : n;
}

export function parseToml(text) {
  const root = {};
  let table = root;
  for (const line of text.split(/\r?\n/)) {
    const l = line.trim();
    if (!l || l.startsWith('#')) continue;
    const header = l.match(/^\[([^\]]+)\]/);
    if (header) {
      table = root;
      for (const key of header[1].split('.').map((k) => k.trim())) table = table[key] ??= {};
      continue;
    }
    const kv = l.match(/^([A-Za-z0-9_-]+)\s*=\s*(.+)$/);
    if (kv) table[kv[1]] = parseValue(kv[2]);
  }
  return root;
}

/** The 24 municipalities from tenants/*.toml, each with its office (from offices.toml). */
export function loadTenants() {
  const offices = parseToml(readFileSync(new URL('offices.toml', TENANTS_DIR), 'utf8')).offices;
  return readdirSync(TENANTS_DIR)
    .filter((f) => f.endsWith('.toml') && f !== 'offices.toml')
    .map((f) => {
      const t = parseToml(readFileSync(new URL(f, TENANTS_DIR), 'utf8'));
      return { ...t, officeContact: offices[t.office] };
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/** '#5d4037' → 'rgb(93, 64, 55)' (the form getComputedStyle uses). */
export function hexToRgb(hex) {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

// ---------------------------------------------------------------------------------------------
const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

/** Known portal problems that the general axe checks pass over, so that one known bug does not
 *  hide new ones (none at present); each entry needs a test that still checks it;
 *  delete the entry once the portal is fixed. */
export const KNOWN_AXE = [];

/** Run axe-core (WCAG 2.1 A/AA) on the current page; returns serious/critical violations
 *  (without the `known` ones). */
export async function axeSerious(page, { known = KNOWN_AXE } = {}) {
  // Evaluated, not added as a <script>: the portal's CSP refuses inline scripts (issue 19.2).
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  const violations = await page.evaluate(async (known) => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    const isKnown = (v, n) => known.some((k) => k.id === v.id && document.querySelector(n.target[0])?.matches(k.selector));
    return result.violations
      .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isKnown(v, n)) }))
      .filter((v) => v.nodes.length > 0);
  }, known);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Human-readable list of axe violations for assertion messages. */
export function formatViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')} – ${(n.failureSummary || '').replace(/\s+/g, ' ').slice(0, 240)}`)
        .join('\n');
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} element(s))\n${nodes}`;
    })
    .join('\n');
}

/** Page width a user can scroll to (must not exceed the viewport on phones). */
export const scrollWidth = (page) => page.evaluate(() => document.scrollingElement.scrollWidth);

/** Elements sticking out of the viewport on the right (helps explain horizontal scrolling). */
export function overflowingElements(page) {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > vw + 0.5)
      .slice(0, 8)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} (right=${Math.round(el.getBoundingClientRect().right)})`);
  });
}

/** `knownOverflow`: a selector for a known (todo-tracked) culprit; overflow caused only by it
 *  and its descendants is tolerated. Returns true when it was tolerated. */
export async function assertNoHorizontalScroll(page, width, assert, what, { knownOverflow } = {}) {
  const sw = await scrollWidth(page);
  if (sw <= width) return false;
  if (knownOverflow) {
    const onlyKnown = await page.evaluate((sel) => {
      const vw = document.documentElement.clientWidth;
      return [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > vw + 0.5)
        .every((el) => el.closest(sel));
    }, knownOverflow);
    if (onlyKnown) return true;
  }
  const offenders = await overflowingElements(page);
  assert.fail(`${what}: horizontal scrolling at ${width}px (scrollWidth ${sw}); wider elements: ${offenders.join(', ')}`);
}

export async function screenshot(page, name) {
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: `${SHOTS_DIR}/${name}.png`, fullPage: true });
}

/** Click something that navigates and return the main-document response. */
export async function clickAndWait(page, locator) {
  const [response] = await Promise.all([page.waitForNavigation(), locator.click()]);
  return response;
}

/** `tel:` URI for a phone number as shown on the page: its digits (and a leading +), without
 *  remarks in brackets such as "(Demo)". "05451 931-779" → "tel:05451931779". */
export const telHref = (phone) => 'tel:' + phone.replace(/\([^)]*\)/g, '').replace(/[^\d+]/g, '');

/** A contact block (an <address> or similar) links its e-mail address and its phone number. */
export async function assertContactLinks(scope, { phone, email }, assert, what) {
  const mail = scope.locator('a[href^="mailto:"]');
  assert.equal(await mail.count(), 1, `${what}: one e-mail link`);
  assert.equal(await mail.getAttribute('href'), `mailto:${email}`, `${what}: e-mail link`);
  assert.ok((await textOf(mail)).includes(email), `${what}: e-mail link shows ${email}`);
  const tel = scope.locator('a[href^="tel:"]');
  assert.equal(await tel.count(), 1, `${what}: one phone link`);
  assert.equal(await tel.getAttribute('href'), telHref(phone), `${what}: phone link for "${phone}"`);
  assert.ok((await textOf(tel)).includes(phone), `${what}: phone link shows "${phone}" (got "${await textOf(tel)}")`);
}

/** Visible text of an element, whitespace collapsed. */
export async function textOf(locator) {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// Sign-in against the dev OpenID provider (deploy/dev-idp).
export const IDP_URL = (process.env.STEP_IDP_URL || 'http://127.0.0.1:9000').replace(/\/+$/, '');

/** The provider's test accounts by username (deploy/dev-idp/accounts.json). */
export function idpAccounts() {
  const file = new URL('../../deploy/dev-idp/accounts.json', import.meta.url);
  return Object.fromEntries(JSON.parse(readFileSync(file, 'utf8')).map((a) => [a.username, a]));
}

// ---------------------------------------------------------------------------------------------
// Shared by the desk and documents suites: signing in at the provider, the axe assertion, the season.

/** Signs `account` in through the provider's form, starting at `/steinfurt/login`, and waits for `path`. */
export async function signIn(page, account, path, assert) {
  await page.goto(url(`/steinfurt/login?return_to=${encodeURIComponent(path)}`));
  assert.ok(page.url().startsWith(`${IDP_URL}/interaction/`), `provider's sign-in form (at ${page.url()})`);
  await page.getByLabel('Benutzername').fill(account.username);
  await page.getByLabel('Passwort').fill(account.password);
  await Promise.all([page.waitForURL(url(path)), page.getByRole('button', { name: 'Anmelden' }).click()]);
}

/** No serious or critical axe violations on the page. */
export async function assertAccessible(page, what, assert) {
  const violations = await axeSerious(page);
  assert.equal(violations.length, 0, `${what}: axe found\n${formatViolations(violations)}`);
}

/** 1 August of the next Kita year, as the portal computes it. */
export function season() {
  const now = new Date();
  const y = now.getUTCMonth() > 7 || (now.getUTCMonth() === 7 && now.getUTCDate() > 1) ? now.getUTCFullYear() + 1 : now.getUTCFullYear();
  return `${y}-08-01`;
}

/** On a phone the header's navigation waits behind "Menü" (issue 16): open it when it is closed. */
export async function openMenu(page) {
  const button = page.locator('#menu-button');
  if ((await button.isVisible()) && (await button.getAttribute('aria-expanded')) !== 'true') {
    await button.click();
  }
}

/** Fails fast with a clear message when the portal (at `path`) or the OpenID provider is down
 *  (the tests do not start them). */
export async function requireServers(path) {
  for (const [what, env, u] of [
    ['portal', 'STEP_BASE_URL', url(path)],
    ['OpenID provider', 'STEP_IDP_URL', `${IDP_URL}/.well-known/openid-configuration`],
  ]) {
    const res = await fetch(u, { signal: AbortSignal.timeout(10_000) }).catch((e) => {
      throw new Error(`${what} not reachable at ${u} (set ${env}): ${e.message}`);
    });
    if (!res.ok) throw new Error(`${what} at ${u} answers ${res.status}`);
  }
}

/** The row of `text` on the waiting list of `facility` in `slug`, paging on from the list's first
 *  page (the list comes in pages of 100, and runs against a long-lived database add rows). */
export async function findWaitingRow(page, slug, facility, text) {
  await page.goto(url(`/${slug}/einrichtung/${facility}`));
  for (;;) {
    const row = page.locator('#main tr', { hasText: text });
    if ((await row.count()) > 0) return row;
    const next = page.locator('#main').getByRole('link', { name: 'Nächste Seite' });
    if ((await next.count()) === 0) return row;
    await clickAndWait(page, next);
  }
}

/**
 * The JSON API as this browser context's own client (`ctx` is a context or page): every write
 * carries the session's token in X-CSRF-Token, read from GET /api/v1/session (issue 19.1).
 */
export function apiOf(ctx) {
  const write = (method) => async (target, options = {}) => {
    const session = await ctx.request.get(new URL('/api/v1/session', target).toString());
    const { csrf_token: token } = await session.json();
    const headers = { ...(options.headers || {}), 'x-csrf-token': token };
    return ctx.request[method](target, { ...options, headers });
  };
  return {
    get: (target, options) => ctx.request.get(target, options),
    post: write('post'),
    put: write('put'),
    patch: write('patch'),
    delete: write('delete'),
  };
}
