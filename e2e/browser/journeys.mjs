// Journeys through the storefront in a real browser: Playwright (playwright-core, which downloads
// no browser) driving Debian's Chromium headless. Run by e2e's StorefrontBrowserTest:
//
//   node journeys.mjs <bffUrl> <journey> <outDir> '<params as JSON>'
//
// Prints "STEP <what>" as it goes, "CHECK <name>=<value>" for what the Java test asserts, and
// "JOURNEY PASSED" at the end; on failure "JOURNEY FAILED: <why>", a screenshot, and exit code 1.
// Screenshots go to <outDir>/<journey>-*.png. An uncaught error in the page fails the journey.
import { chromium } from 'playwright-core';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [bffUrl, journey, outDir = 'target/browser', paramsJson = '{}'] = process.argv.slice(2);
const params = JSON.parse(paramsJson);
const TIMEOUT = 20_000;

const step = (what) => console.log(`STEP ${what}`);
const check = (name, value) => console.log(`CHECK ${name}=${value}`);

function fail(message) {
  throw new Error(message);
}

async function expectText(locator, pattern, what) {
  try {
    await locator.filter({ hasText: pattern }).first().waitFor({ timeout: TIMEOUT });
  } catch {
    fail(`${what}: expected ${pattern}, page shows "${(await locator.first().textContent().catch(() => ''))?.trim()}"`);
  }
}

// ---------- shared steps ----------

async function signUp(page, { name, email, password, role }) {
  step(`sign up as ${role}`);
  await page.getByRole('link', { name: 'Sign up' }).click();
  const form = page.locator('#signup');
  await form.getByLabel('Your name').fill(name);
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Password').fill(password);
  await form.getByLabel(role === 'seller' ? 'sell' : 'shop').check();
  await form.getByRole('button', { name: 'Sign up' }).click();
  await expectText(page.locator('#who'), `Signed in as ${name}`, 'signed in after sign-up');
}

async function shot(page, name) {
  await page.screenshot({ path: join(outDir, `${journey}-${name}.png`), fullPage: true });
}

// ---------- journeys ----------

/** Sign up (with field errors first), history, log out, log in: what works without products. */
async function account(page) {
  step('open the storefront');
  await page.goto(bffUrl);
  await expectText(page.getByRole('heading', { level: 1 }), 'Products', 'the start page');

  step('sign up with a bad email and a short password');
  await page.getByRole('link', { name: 'Sign up' }).click();
  const signup = page.locator('#signup');
  await signup.getByLabel('Your name').fill(params.name);
  await signup.getByLabel('Email').fill('not-an-email');
  await signup.getByLabel('Password').fill('short');
  await signup.getByRole('button', { name: 'Sign up' }).click();
  const emailError = page.locator('#signup-email-error');
  await emailError.filter({ hasText: /\S/ }).waitFor({ timeout: TIMEOUT });
  check('emailError', (await emailError.textContent()).trim());
  check('passwordError', (await page.locator('#signup-password-error').textContent()).trim());
  check('emailInvalid', await signup.getByLabel('Email').getAttribute('aria-invalid'));
  // The message is tied to its field for screen readers.
  check('emailDescribedBy', await signup.getByLabel('Email').getAttribute('aria-describedby'));
  await shot(page, 'signup-errors');

  step('sign up properly');
  await signup.getByLabel('Email').fill(params.email);
  await signup.getByLabel('Password').fill(params.password);
  await signup.getByRole('button', { name: 'Sign up' }).click();
  await expectText(page.locator('#who'), `Signed in as ${params.name}`, 'signed in');
  check('emailErrorAfterFix', (await emailError.textContent()).trim() || '(none)');

  step('order history');
  await page.getByRole('link', { name: 'Orders' }).click();
  await expectText(page.locator('#orders-list'), 'No orders yet.', 'an empty history');
  check('history', (await page.locator('#orders-list').textContent()).trim());

  step('log out');
  await page.getByRole('button', { name: 'Log out' }).click();
  await page.getByRole('link', { name: 'Log in' }).waitFor({ timeout: TIMEOUT });

  step('a wrong password');
  await page.getByRole('link', { name: 'Log in' }).click();
  const login = page.locator('#login');
  await login.getByLabel('Email').fill(params.email);
  await login.getByLabel('Password').fill(`${params.password}x`);
  await login.getByRole('button', { name: 'Log in' }).click();
  const loginError = page.locator('[data-error="login"]');
  await loginError.filter({ hasText: /\S/ }).waitFor({ timeout: TIMEOUT });
  check('loginError', (await loginError.textContent()).trim());

  step('log in');
  await login.getByLabel('Password').fill(params.password);
  await login.getByRole('button', { name: 'Log in' }).click();
  await expectText(page.locator('#who'), `Signed in as ${params.name}`, 'signed in again');
  check('signedIn', (await page.locator('#who').textContent()).trim());

  step('the session survives a reload (refresh token), the access token is not stored');
  await page.reload();
  await expectText(page.locator('#who'), `Signed in as ${params.name}`, 'signed in after reload');
  const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }));
  check('accessTokenStored', /eyJ/.test(stored));
  await shot(page, 'signed-in');
}

/** A seller opens a store and, unless params.storeOnly, adds a product with stock and changes it. */
async function seller(page) {
  step('open the storefront');
  await page.goto(bffUrl);
  await signUp(page, { ...params, role: 'seller' });

  step('open a store');
  await expectText(page.getByRole('heading', { level: 1 }), 'My store', 'the seller page');
  const open = page.locator('#open-store');
  await open.getByLabel('Store name').fill(params.storeName);
  await open.getByLabel('Description').fill('Loose leaf tea');
  await open.getByRole('button', { name: 'Open store' }).click();
  const heading = page.locator('#store-heading');
  await expectText(heading, params.storeName, 'the store');
  check('storeId', await heading.getAttribute('data-store-id'));
  await shot(page, 'store');
  if (params.storeOnly) return;

  step('add a product with stock');
  const form = page.locator('#add-product');
  await form.getByLabel('Name').fill(params.product.name);
  await form.getByLabel('Description').fill('A test product');
  await form.getByLabel('SKU').fill(params.product.sku);
  await form.getByLabel('Price (EUR)').fill(params.product.price);
  await form.getByLabel('Stock').fill(String(params.product.stock));
  await form.getByRole('button', { name: 'Add product' }).click();
  const row = page.locator('#store-products tr', { hasText: params.product.name });
  await row.waitFor({ timeout: TIMEOUT });
  check('listedStock', (await row.locator('.available').textContent()).trim());
  check('listedPrice', (await row.locator('td').nth(1).textContent()).trim());

  step('set the stock');
  await row.getByLabel(`New stock of ${params.product.name}`).fill(String(params.newStock));
  await row.getByRole('button', { name: 'Set' }).click();
  await expectText(row.locator('.available'), String(params.newStock), 'the new stock');
  check('newStock', (await row.locator('.available').textContent()).trim());
  await shot(page, 'product');
}

/** A customer tops up, orders a product, and watches the order reach its end without a reload. */
async function customer(page) {
  // Records every status the order page shows, from the first (installed before the page loads).
  await page.addInitScript(() => {
    window.statusesShown = [];
    document.addEventListener('DOMContentLoaded', () => {
      const element = document.querySelector('#order-status');
      new MutationObserver(() => {
        const shown = element.dataset.status;
        if (shown && window.statusesShown.at(-1) !== shown) window.statusesShown.push(shown);
      }).observe(element, { attributes: true, attributeFilter: ['data-status'] });
    });
  });
  step('open the storefront');
  await page.goto(bffUrl);
  await signUp(page, { ...params, role: 'customer' });

  step('top up the wallet');
  await page.getByRole('link', { name: 'Wallet' }).click();
  const balance = page.locator('#wallet-balance');
  await expectText(balance, /\d/, 'a balance');
  check('balanceBefore', (await balance.textContent()).trim());
  await page.getByLabel('Top up (EUR)').fill(params.topUp);
  await page.getByRole('button', { name: 'Top up' }).click();
  await expectText(page.locator('#notice'), 'Your balance is now', 'the top-up');
  check('balanceAfterTopUp', (await balance.textContent()).trim());

  step('find the product and add it to the cart');
  await page.getByRole('link', { name: 'Products' }).click();
  await page.getByLabel('Search products').fill(params.productName);
  // The start page lists products too: wait for the search's own answer before using a card.
  await Promise.all([
    page.waitForResponse((response) => response.url().includes('/api/v1/products?') && response.url().includes('q=')),
    page.getByRole('button', { name: 'Search' }).click(),
  ]);
  await page.waitForFunction(() => !document.querySelector('#product-list').getAttribute('aria-busy'));
  const card = page.locator('#product-list li', { hasText: params.productName });
  await card.waitFor({ timeout: TIMEOUT });
  await card.getByLabel('Quantity').fill(String(params.quantity));
  await card.getByRole('button', { name: `Add ${params.productName} to cart` }).click();
  await expectText(page.locator('#cart-count'), String(params.quantity), 'the cart count');

  step('place the order');
  await page.getByRole('link', { name: /^Cart/ }).click();
  await page.getByRole('button', { name: 'Place order' }).click();
  const status = page.locator('#order-status');
  await status.filter({ hasText: /\w/ }).waitFor({ timeout: TIMEOUT });
  // Proof that the page does not reload from here on: a reload would drop this.
  await page.evaluate(() => { window.journeyMarker = 'same page'; });
  check('orderId', page.url().split('/').pop());

  step('watch the order reach its end');
  await page.locator('#order-status[data-status="APPROVED"], #order-status[data-status="REJECTED"], #order-status[data-status="CANCELLED"]')
    .waitFor({ timeout: 90_000 });
  check('finalStatus', await status.getAttribute('data-status'));
  check('statusText', (await status.textContent()).trim());
  check('statusesShown', (await page.evaluate(() => window.statusesShown)).join(','));
  check('reloaded', (await page.evaluate(() => window.journeyMarker)) !== 'same page');
  check('statusIsLiveRegion', `${await status.getAttribute('role')}/${await status.getAttribute('aria-live')}`);
  await shot(page, 'order');

  step('the wallet paid for it');
  await page.getByRole('link', { name: 'Wallet' }).click();
  await expectText(page.locator('#wallet-balance'), /\d/, 'the balance');
  check('balanceAfterOrder', (await page.locator('#wallet-balance').textContent()).trim());

  step('the order is in the history');
  await page.getByRole('link', { name: 'Orders' }).click();
  const row = page.locator('#orders-list tr', { hasText: params.productName });
  await row.waitFor({ timeout: TIMEOUT });
  check('historyRow', (await row.textContent()).replace(/\s+/g, ' ').trim());
  await shot(page, 'history');
}

const JOURNEYS = { account, seller, customer };

async function main() {
  if (!JOURNEYS[journey]) fail(`no journey "${journey}"; there are ${Object.keys(JOURNEYS).join(', ')}`);
  await mkdir(outDir, { recursive: true });
  const profile = await mkdtemp(join(tmpdir(), 'bazaar-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    // Without the background-networking flags Chromium calls home at start, which a closed network refuses.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1100, height: 900 },
  });
  const page = context.pages()[0] || await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.setDefaultTimeout(TIMEOUT);
  try {
    await JOURNEYS[journey](page);
    if (pageErrors.length) fail(`errors in the page: ${pageErrors.join('; ')}`);
    console.log('JOURNEY PASSED');
  } catch (error) {
    console.log(`JOURNEY FAILED: ${error.message.split('\n')[0]}`);
    if (pageErrors.length) console.log(`page errors: ${pageErrors.join('; ')}`);
    await shot(page, 'failure').catch(() => {});
    process.exitCode = 1;
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.log(`JOURNEY FAILED: ${error.message}`);
  process.exitCode = 1;
});
