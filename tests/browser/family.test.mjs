// One family across the district (issue 16.9) on a 375 px phone: signed in at a second
// municipality, the family form offers to take over the family from the first; after taking it
// over the account page links the other municipality. axe-core checks each page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  url, launch, phoneContext, clickAndWait, textOf, idpAccounts, assertNoHorizontalScroll,
  signIn as signInAt, assertAccessible,
  apiOf,
} from './lib.mjs';

const signIn = (page, account, path) => signInAt(page, account, path, assert);
const accessible = (page, what) => assertAccessible(page, what, assert);
const accounts = idpAccounts();
const PARENT = accounts['eltern.nowak'];
const main = (page) => page.locator('#main');
const h1 = (page) => textOf(main(page).locator('h1'));

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('a family signed in at a second municipality takes over its family when it asks, on a phone', async () => {
  const ctx = await phoneContext(browser, 375, 740);
  const page = await ctx.newPage();
  await signIn(page, PARENT, '/saerbeck/');
  let api = apiOf(ctx);
  // The family lives in Saerbeck with Zofia (made here if an earlier run or the API fuzzing did not).
  if ((await api.get(url('/api/v1/tenants/saerbeck/family'))).status() !== 200) {
    const res = await api.put(url('/api/v1/tenants/saerbeck/family'), {
      data: { first_name: 'Katarzyna', last_name: 'Nowak', street: 'Marktstraße 1', postcode: '48369', city: 'Saerbeck', phone: '02574 1', email: PARENT.email },
    });
    assert.equal(res.status(), 200, await res.text());
  }
  const kids = await (await api.get(url('/api/v1/tenants/saerbeck/children'))).json();
  if (!kids.some((c) => c.first_name === 'Zofia')) {
    const child = await api.post(url('/api/v1/tenants/saerbeck/children'), { data: { first_name: 'Zofia', last_name: 'Nowak', birth_date: '2024-03-02' } });
    assert.equal(child.status(), 201, await child.text());
  }
  // Ladbergen without the family: an earlier run (or the API fuzzing) may have made one there, so it
  // is deleted first (which signs out; signed in again after).
  const target = 'ladbergen';
  if ((await api.get(url(`/api/v1/tenants/${target}/family`))).status() === 200) {
    const gone = await api.delete(url(`/api/v1/tenants/${target}/family`), { headers: { origin: new URL(url('/')).origin } });
    assert.equal(gone.status(), 200, await gone.text());
    // The provider's own session is still live: the sign-in comes straight back (or asks again).
    await page.goto(url(`/${target}/login?return_to=/${target}/`));
    if (page.url().includes('/interaction/')) {
      await page.getByLabel('Benutzername').fill(PARENT.username);
      await page.getByLabel('Passwort').fill(PARENT.password);
      await page.getByRole('button', { name: 'Anmelden' }).click();
    }
    await page.waitForURL(url(`/${target}/`));
    api = apiOf(ctx);
  }
  assert.equal((await api.get(url(`/api/v1/tenants/${target}/family`))).status(), 409, 'no family in Ladbergen now');

  await page.goto(url(`/${target}/konto/familie`));
  const offer = main(page).getByRole('region', { name: 'Familiendaten übernehmen?' });
  assert.match(await textOf(offer), /Vormerkungen, Nachrichten und Dokumente bleiben in ihrer Gemeinde/);
  await accessible(page, 'family form with the offer to take the family over');
  assert.equal(await assertNoHorizontalScroll(page, 375, assert, 'family form with the offer'), false);
  await clickAndWait(page, offer.getByRole('button', { name: 'Aus Saerbeck übernehmen' }));
  assert.equal(await h1(page), 'Mein Konto');
  assert.match(await textOf(main(page).getByRole('status')), /Familiendaten und Kinder sind übernommen/);
  assert.match(await textOf(main(page)), /Zofia Nowak/);
  const elsewhere = main(page).getByRole('region', { name: 'Ihre Vormerkungen in anderen Gemeinden' });
  assert.equal(await elsewhere.getByRole('link', { name: 'Mein Konto in Saerbeck' }).count(), 1);
  await accessible(page, 'account page with the other municipality');
  await clickAndWait(page, elsewhere.getByRole('link', { name: 'Mein Konto in Saerbeck' }));
  assert.ok(new URL(page.url()).pathname.startsWith('/saerbeck/konto'));
  await ctx.close();
});
