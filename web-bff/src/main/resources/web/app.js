// The storefront: one page, views chosen by the URL's hash (#/, #/cart, #/orders/<id>, ...).
// Everything goes through api.js; errors from the API are shown next to the field they name.
import * as api from './api.js';

const CURRENCY = 'EUR';
const TERMINAL = new Set(['APPROVED', 'REJECTED', 'CANCELLED']);
const STATUS_TEXT = {
  PENDING: 'Pending',
  STOCK_RESERVED: 'Stock reserved',
  PAYMENT_AUTHORIZED: 'Payment authorized',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
  CANCELLED: 'Cancelled',
};

const $ = (selector, root = document) => root.querySelector(selector);
const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];

let user = null; // GET /api/v1/me, or null
let stopFollowing = () => {};
let productsCursor = null;
let ordersCursor = null;

// ---------- money ----------

function fractionDigits(currency) {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
}

/** {amount: minor units, currency} as people read it. */
export function money(value) {
  if (!value) return '';
  const digits = fractionDigits(value.currency);
  return new Intl.NumberFormat(undefined, { style: 'currency', currency: value.currency })
    .format(value.amount / 10 ** digits);
}

/** "12.5" or "12,50" -> {amount: 1250, currency}; null when it is not an amount. Exact: no floating point. */
function parseMoney(text, currency = CURRENCY) {
  const digits = fractionDigits(currency);
  const match = /^\s*(\d{1,12})(?:[.,](\d+))?\s*$/.exec(text || '');
  if (!match || (match[2] && match[2].length > digits)) return null;
  const minor = (match[2] || '').padEnd(digits, '0');
  return { amount: Number(match[1] + minor), currency };
}

// ---------- errors next to fields ----------

function clearErrors(form) {
  $$('[data-error-for]', form).forEach((element) => { element.textContent = ''; });
  $$('[aria-invalid]', form).forEach((element) => element.removeAttribute('aria-invalid'));
  $$('.form-error', form).forEach((element) => { element.textContent = ''; });
}

/** Puts each errors[].field message next to its input; the rest (and the detail) above the button. */
function showError(container, error, formKey) {
  const general = $(`[data-error="${formKey}"]`, container.closest('section') || document);
  if (!(error instanceof api.ApiError)) {
    if (general) general.textContent = 'Something went wrong; please try again.';
    console.error(error);
    return;
  }
  const leftOver = [];
  let first = null;
  for (const { field, message } of error.fieldErrors) {
    // "price.amount" or "lines[0].quantity" belongs to the input named by its first segment.
    const name = String(field || '').split(/[.[]/)[0];
    const slot = name && $(`[data-error-for="${CSS.escape(name)}"]`, container);
    if (slot) {
      slot.textContent = message;
      const input = $(`[name="${CSS.escape(name)}"]`, container);
      if (input) {
        input.setAttribute('aria-invalid', 'true');
        first = first || input;
      }
    } else {
      leftOver.push(field ? `${field}: ${message}` : message);
    }
  }
  if (general) {
    general.textContent = [error.fieldErrors.length ? error.problem.title || 'Please check the fields.' : error.message,
      ...leftOver].join(' ');
  }
  if (error.status === 401) {
    location.hash = '#/login';
  }
  first?.focus();
}

function notify(text) {
  $('#notice').textContent = text;
}

function formFields(form) {
  return Object.fromEntries(new FormData(form).entries());
}

/** Runs a form's submit handler with its button disabled, showing errors in the form. */
function onSubmit(form, key, handler) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const button = $('button[type="submit"]', form);
    button.disabled = true;
    try {
      await handler(formFields(form));
    } catch (error) {
      showError(form, error, key);
    } finally {
      button.disabled = false;
    }
  });
}

// ---------- session ----------

async function loadUser() {
  user = null;
  if (api.isSignedIn()) {
    try {
      user = await api.me();
    } catch {
      user = null;
    }
  }
  const roles = new Set(user?.roles || []);
  $$('[data-when]').forEach((element) => {
    const when = element.dataset.when;
    element.hidden = !(when === 'anonymous' ? !user : when === 'signed-in' ? !!user : roles.has(when));
  });
  $('#who').textContent = user ? `Signed in as ${user.displayName}` : '';
}

// ---------- cart (kept in sessionStorage) ----------

const CART_KEY = 'bazaar.cart';

function cart() {
  return JSON.parse(sessionStorage.getItem(CART_KEY) || '[]');
}

function saveCart(lines) {
  sessionStorage.setItem(CART_KEY, JSON.stringify(lines));
  $('#cart-count').textContent = String(lines.reduce((sum, line) => sum + line.quantity, 0));
}

function addToCart(product, quantity) {
  const lines = cart();
  const line = lines.find((l) => l.productId === product.id);
  if (line) line.quantity += quantity;
  else lines.push({ productId: product.id, name: product.name, price: product.price, quantity });
  saveCart(lines);
  // A changed cart is a new order: a new idempotency key.
  sessionStorage.removeItem('bazaar.checkoutKey');
  notify(`${quantity} × ${product.name} added to your cart.`);
}

function renderCart() {
  const lines = cart();
  $('#cart-empty').hidden = lines.length > 0;
  $('#cart-table').hidden = lines.length === 0;
  $('#place-order').disabled = lines.length === 0;
  const body = $('#cart-lines');
  body.replaceChildren(...lines.map((line) => {
    const row = document.createElement('tr');
    row.innerHTML = '<td></td><td></td><td></td><td><button type="button">Remove</button></td>';
    row.cells[0].textContent = line.name;
    row.cells[1].textContent = String(line.quantity);
    row.cells[2].textContent = money({ amount: line.price.amount * line.quantity, currency: line.price.currency });
    const remove = $('button', row);
    remove.setAttribute('aria-label', `Remove ${line.name}`);
    remove.addEventListener('click', () => {
      saveCart(cart().filter((l) => l.productId !== line.productId));
      sessionStorage.removeItem('bazaar.checkoutKey');
      renderCart();
    });
    return row;
  }));
  const currency = lines[0]?.price.currency || CURRENCY;
  $('#cart-total').textContent = money({
    amount: lines.reduce((sum, line) => sum + line.price.amount * line.quantity, 0), currency,
  });
}

// ---------- views ----------

function productCard(product) {
  const item = document.createElement('li');
  item.className = 'card';
  // stock null: the BFF could not read it (decision 0020); the checkout still checks it
  const known = product.stock != null;
  const available = known ? product.stock.available : null;
  item.innerHTML = `<h2></h2><p class="muted store"></p><p class="description"></p>
    <p><strong class="price"></strong> · <span class="stock"></span></p>
    <form class="add"><label>Quantity <input name="quantity" type="number" min="1" value="1" required></label>
    <button type="submit">Add to cart</button></form>`;
  $('h2', item).textContent = product.name;
  $('.store', item).textContent = product.storeName ? `by ${product.storeName}` : '';
  $('.description', item).textContent = product.description || '';
  $('.price', item).textContent = money(product.price);
  $('.stock', item).textContent = !known ? 'Stock unknown right now' : available > 0 ? `${available} in stock` : 'Out of stock';
  const form = $('form', item);
  $('button', form).setAttribute('aria-label', `Add ${product.name} to cart`);
  $('button', form).disabled = known && available <= 0;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!user) {
      location.hash = '#/login';
      return;
    }
    if (!user.roles.includes('customer')) {
      notify('Only customer accounts can order; sign up as a customer to shop.');
      return;
    }
    const quantity = Number(form.quantity.value);
    if (Number.isInteger(quantity) && quantity > 0) addToCart(product, quantity);
  });
  return item;
}

let productsRequest = 0;

async function showProducts(more = false) {
  const list = $('#product-list');
  const error = $('[data-error="search"]');
  error.textContent = '';
  // Only the latest search may render: an older answer arriving late must not replace it.
  const request = ++productsRequest;
  list.setAttribute('aria-busy', 'true');
  try {
    const page = await api.products({ q: $('#q').value.trim(), cursor: more ? productsCursor : null });
    if (request !== productsRequest) return;
    productsCursor = page.nextCursor;
    const cards = page.items.map(productCard);
    if (more) list.append(...cards);
    else list.replaceChildren(...cards);
    if (!more && page.items.length === 0) list.innerHTML = '<li>No products found.</li>';
    $('#more-products').hidden = !page.nextCursor;
  } catch (e) {
    if (request === productsRequest) error.textContent = e.message;
  } finally {
    if (request === productsRequest) list.removeAttribute('aria-busy');
  }
}

async function showOrder(id) {
  stopFollowing();
  $('#order-title').textContent = `Order ${id.slice(0, 8)}`;
  $('#order-status').textContent = '…';
  $('#order-live').textContent = '';
  $('#order-reason').textContent = '';
  $('[data-error="order"]').textContent = '';
  try {
    const order = await api.order(id);
    $('#order-lines').replaceChildren(...order.lines.map((line) => {
      const row = document.createElement('tr');
      row.innerHTML = '<td></td><td></td><td></td>';
      row.cells[0].textContent = line.productName;
      row.cells[1].textContent = String(line.quantity);
      row.cells[2].textContent = money(line.lineTotal);
      return row;
    }));
    $('#order-total').textContent = money(order.total);
    $('#order-dates').textContent = `Placed ${new Date(order.createdAt).toLocaleString()}`;
    showStatus(order);
    if (!TERMINAL.has(order.status)) {
      stopFollowing = api.followOrder(id, showStatus, (state) => {
        $('#order-live').textContent = state === 'live' ? '(live)' : state === 'reconnecting' ? '(reconnecting…)' : '';
      });
    }
  } catch (e) {
    showError($('#view-order'), e, 'order');
  }
}

function showStatus(update) {
  const status = $('#order-status');
  status.textContent = STATUS_TEXT[update.status] || update.status;
  status.dataset.status = update.status;
  $('#order-reason').textContent = update.reason ? `Reason: ${update.reason}` : '';
  $('#cancel-order').hidden = TERMINAL.has(update.status);
}

async function showOrders(more = false) {
  const body = $('#orders-list');
  $('[data-error="orders"]').textContent = '';
  try {
    const page = await api.orders(more ? ordersCursor : null);
    ordersCursor = page.nextCursor;
    const rows = page.items.map((order) => {
      const row = document.createElement('tr');
      row.innerHTML = '<td></td><td><a></a></td><td></td><td></td>';
      row.cells[0].textContent = new Date(order.createdAt).toLocaleString();
      const link = $('a', row);
      link.href = `#/orders/${order.id}`;
      link.textContent = order.lines.map((l) => `${l.quantity} × ${l.productName}`).join(', ') || order.id;
      row.cells[2].textContent = STATUS_TEXT[order.status] || order.status;
      row.cells[2].dataset.status = order.status;
      row.cells[3].textContent = money(order.total);
      return row;
    });
    if (more) body.append(...rows);
    else body.replaceChildren(...rows);
    if (!more && rows.length === 0) body.innerHTML = '<tr><td colspan="4">No orders yet.</td></tr>';
    $('#more-orders').hidden = !page.nextCursor;
  } catch (e) {
    showError($('#view-orders'), e, 'orders');
  }
}

async function showWallet() {
  $('[data-error="top-up"]').textContent = '';
  // Never show an old balance as if it were now.
  $('#wallet-balance').textContent = '…';
  try {
    $('#wallet-balance').textContent = money((await api.wallet()).balance);
  } catch (e) {
    $('#wallet-balance').textContent = '—';
    showError($('#top-up'), e, 'top-up');
  }
}

// The seller's stores are remembered in this browser: the API has no "my stores" list yet.
function myStores() {
  return JSON.parse(localStorage.getItem(`bazaar.stores.${user?.id}`) || '[]');
}

function rememberStore(id) {
  localStorage.setItem(`bazaar.stores.${user.id}`, JSON.stringify([id, ...myStores().filter((s) => s !== id)]));
}

async function showSeller() {
  const [storeId] = myStores();
  $('#no-store').hidden = !!storeId;
  $('#has-store').hidden = !storeId;
  if (!storeId) return;
  try {
    const store = await api.store(storeId);
    $('#store-heading').textContent = store.name;
    $('#store-heading').dataset.storeId = store.id;
    $('#store-id').textContent = `Store ${store.id} · ${store.status || ''}`;
  } catch (e) {
    showError($('#has-store'), e, 'store-products');
    return;
  }
  await showStoreProducts(storeId);
}

async function showStoreProducts(storeId) {
  $('[data-error="store-products"]').textContent = '';
  try {
    const page = await api.products({ storeId, limit: 100 });
    $('#store-products').replaceChildren(...page.items.map((product) => {
      const row = document.createElement('tr');
      row.innerHTML = `<td></td><td></td><td class="available"></td><td><form class="set-stock" novalidate>
        <label><span class="visually-hidden"></span><input name="available" type="number" min="0" step="1" required></label>
        <button type="submit">Set</button><span class="field-error" data-error-for="available"></span>
        <span class="form-error" data-error="set-stock" role="alert"></span></form></td>`;
      row.cells[0].textContent = product.name;
      row.cells[1].textContent = money(product.price);
      row.cells[2].textContent = String(product.stock?.available ?? 0);
      const form = $('form', row);
      $('.visually-hidden', form).textContent = `New stock of ${product.name}`;
      form.available.value = String(product.stock?.available ?? 0);
      onSubmit(form, 'set-stock', async ({ available }) => {
        const stock = await api.setStock(product.id, Number(available), 'Set by the seller');
        row.cells[2].textContent = String(stock.available);
        notify(`Stock of ${product.name} is now ${stock.available}.`);
      });
      return row;
    }));
  } catch (e) {
    showError($('#has-store'), e, 'store-products');
  }
}

// ---------- routing ----------

const routes = [
  [/^#?\/?$/, () => showProducts(), 'products'],
  [/^#\/cart$/, () => renderCart(), 'cart', 'customer'],
  [/^#\/orders$/, () => showOrders(), 'orders', 'customer'],
  [/^#\/orders\/([0-9a-fA-F-]{36})$/, (id) => showOrder(id), 'order', 'signed-in'],
  [/^#\/wallet$/, () => showWallet(), 'wallet', 'customer'],
  [/^#\/seller$/, () => showSeller(), 'seller', 'seller'],
  [/^#\/login$/, () => {}, 'login'],
  [/^#\/signup$/, () => {}, 'signup'],
];

async function route() {
  const hash = location.hash || '#/';
  const [pattern, show, view, needs] = routes.find(([p]) => p.test(hash)) || routes[0];
  if (needs && (!user || (needs !== 'signed-in' && !user.roles.includes(needs)))) {
    location.hash = user ? '#/' : '#/login';
    return;
  }
  if (view !== 'order') stopFollowing();
  $$('[data-view]').forEach((section) => { section.hidden = section.dataset.view !== view; });
  $$('nav a').forEach((link) => {
    if (link.getAttribute('href') === hash) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  });
  const heading = $(`[data-view="${view}"] h1`);
  document.title = `${heading?.textContent || 'Bazaar'} · Bazaar`;
  // Move focus to the new view so keyboard and screen reader users land on it.
  $('#main').focus({ preventScroll: true });
  await show(...(pattern.exec(hash) || []).slice(1));
}

// ---------- forms ----------

function wireForms() {
  $('#search').addEventListener('submit', (event) => {
    event.preventDefault();
    showProducts();
  });
  $('#more-products').addEventListener('click', () => showProducts(true));
  $('#more-orders').addEventListener('click', () => showOrders(true));

  onSubmit($('#signup'), 'signup', async (fields) => {
    await api.signUp(fields);
    await api.logIn(fields.email, fields.password);
    await loadUser();
    notify(`Welcome, ${user.displayName}.`);
    location.hash = user.roles.includes('seller') ? '#/seller' : '#/';
  });

  onSubmit($('#login'), 'login', async ({ email, password }) => {
    await api.logIn(email, password);
    await loadUser();
    notify(`Welcome back, ${user.displayName}.`);
    location.hash = user.roles.includes('seller') ? '#/seller' : '#/';
  });

  $('#logout').addEventListener('click', async () => {
    stopFollowing();
    await api.logOut().catch(() => {});
    saveCart([]);
    await loadUser();
    notify('You are logged out.');
    location.hash = '#/';
  });

  onSubmit($('#checkout'), 'checkout', async () => {
    const lines = cart();
    // The same key until the order is placed: a retry after a lost answer returns the same order.
    let key = sessionStorage.getItem('bazaar.checkoutKey');
    if (!key) {
      key = crypto.randomUUID();
      sessionStorage.setItem('bazaar.checkoutKey', key);
    }
    const placed = await api.placeOrder(lines.map(({ productId, quantity }) => ({ productId, quantity })), key);
    sessionStorage.removeItem('bazaar.checkoutKey');
    saveCart([]);
    notify('Order placed.');
    location.hash = `#/orders/${placed.id}`;
  });

  $('#cancel-order').addEventListener('click', async () => {
    const id = location.hash.split('/').pop();
    try {
      showStatus(await api.cancelOrder(id));
      notify('Order cancelled.');
    } catch (e) {
      showError($('#view-order'), e, 'order');
    }
  });

  onSubmit($('#top-up'), 'top-up', async ({ amount }) => {
    const value = parseMoney(amount);
    if (!value || value.amount <= 0) {
      throw new api.ApiError(400, { title: 'Please check the amount.', errors: [{ field: 'amount', message: 'Enter an amount like 25 or 12.50.' }] });
    }
    const wallet = await api.topUp(value, crypto.randomUUID());
    $('#wallet-balance').textContent = money(wallet.balance);
    $('#top-up').reset();
    notify(`Your balance is now ${money(wallet.balance)}.`);
  });

  onSubmit($('#open-store'), 'open-store', async ({ name, description }) => {
    const store = await api.openStore(name, description);
    rememberStore(store.id);
    $('#open-store').reset();
    notify(`Your store ${store.name} is open.`);
    await showSeller();
  });

  $('#another-store').addEventListener('click', () => {
    $('#no-store').hidden = false;
    $('#store-name').focus();
  });

  onSubmit($('#add-product'), 'add-product', async (fields) => {
    const storeId = $('#store-heading').dataset.storeId;
    const price = parseMoney(fields.price);
    if (!price) {
      throw new api.ApiError(400, { title: 'Please check the price.', errors: [{ field: 'price', message: 'Enter a price like 4 or 3.90.' }] });
    }
    const product = await api.addProduct(storeId, {
      name: fields.name, description: fields.description, sku: fields.sku, price, stock: Number(fields.stock),
    });
    $('#add-product').reset();
    notify(`${product.name} added.`);
    await showStoreProducts(storeId);
  });
}

async function start() {
  wireForms();
  saveCart(cart());
  api.onSessionChange((signedIn) => { if (!signedIn) loadUser(); });
  await loadUser();
  window.addEventListener('hashchange', route);
  await route();
}

start();
