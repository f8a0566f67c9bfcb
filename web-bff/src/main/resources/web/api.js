// The BFF's REST API (/api/v1, DESIGN.md "REST contract of the BFF"), as the page uses it.
// Tokens: the access token lives in memory only; the refresh token in sessionStorage so a reload
// keeps the session but closing the tab ends it. A 401 refreshes once and repeats the call.

const REFRESH_KEY = 'bazaar.refreshToken';

let accessToken = null;
let refreshing = null;
const sessionListeners = new Set();

/** A failed call: the problem+json body (RFC 9457), with errors[].field for invalid fields. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.fieldErrors = Array.isArray(problem?.errors) ? problem.errors : [];
  }
}

export function onSessionChange(listener) {
  sessionListeners.add(listener);
}

function sessionChanged() {
  sessionListeners.forEach((listener) => listener(isSignedIn()));
}

export function isSignedIn() {
  return accessToken !== null || sessionStorage.getItem(REFRESH_KEY) !== null;
}

function keepTokens(tokens) {
  accessToken = tokens.accessToken;
  sessionStorage.setItem(REFRESH_KEY, tokens.refreshToken);
}

function forgetTokens() {
  accessToken = null;
  sessionStorage.removeItem(REFRESH_KEY);
}

/** Exchanges the refresh token for new tokens; one exchange at a time (refresh tokens are single use). */
async function refresh() {
  const refreshToken = sessionStorage.getItem(REFRESH_KEY);
  if (!refreshToken) {
    return false;
  }
  if (!refreshing) {
    refreshing = (async () => {
      const response = await fetch('/api/v1/auth/refresh', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ refreshToken }),
      });
      if (!response.ok) {
        forgetTokens();
        sessionChanged();
        return false;
      }
      keepTokens(await response.json());
      return true;
    })().finally(() => { refreshing = null; });
  }
  return refreshing;
}

async function send(method, path, { body, headers = {}, auth = true, accept = 'application/json', signal } = {}) {
  const attempt = () => {
    const all = { Accept: accept, ...headers };
    if (body !== undefined) {
      all['Content-Type'] = 'application/json';
    }
    if (auth && accessToken) {
      all.Authorization = `Bearer ${accessToken}`;
    }
    return fetch(path, { method, headers: all, body: body === undefined ? undefined : JSON.stringify(body), signal });
  };
  if (auth && !accessToken && sessionStorage.getItem(REFRESH_KEY)) {
    await refresh();
  }
  let response = await attempt();
  if (response.status === 401 && auth && await refresh()) {
    response = await attempt();
  }
  return response;
}

async function call(method, path, options) {
  const response = await send(method, path, options);
  if (response.status === 204) {
    return null;
  }
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = { detail: text };
  }
  if (!response.ok) {
    throw new ApiError(response.status, json);
  }
  return json;
}

// --- account ---

export async function signUp(fields) {
  return call('POST', '/api/v1/auth/signup', { body: fields, auth: false });
}

export async function logIn(email, password) {
  keepTokens(await call('POST', '/api/v1/auth/login', { body: { email, password }, auth: false }));
  sessionChanged();
}

/** Ends the session at auth-service too (its refresh token stops working), then forgets the tokens. */
export async function logOut() {
  try {
    // After a reload only the refresh token is left: exchange it first, then end the new one.
    if (!accessToken) await refresh();
    const refreshToken = sessionStorage.getItem(REFRESH_KEY);
    if (refreshToken && accessToken) {
      await call('POST', '/api/v1/auth/logout', { body: { refreshToken } });
    }
  } finally {
    forgetTokens();
    sessionChanged();
  }
}

export const me = () => call('GET', '/api/v1/me');

// --- catalogue ---

export function products({ q, storeId, cursor, limit = 20 } = {}) {
  const params = new URLSearchParams({ limit: String(limit) });
  if (q) params.set('q', q);
  if (storeId) params.set('storeId', storeId);
  if (cursor) params.set('cursor', cursor);
  return call('GET', `/api/v1/products?${params}`, { auth: isSignedIn() });
}

export const product = (id) => call('GET', `/api/v1/products/${encodeURIComponent(id)}`, { auth: isSignedIn() });

// --- seller ---

export const openStore = (name, description) => call('POST', '/api/v1/stores', { body: { name, description } });
export const store = (id) => call('GET', `/api/v1/stores/${encodeURIComponent(id)}`, { auth: isSignedIn() });
export const addProduct = (storeId, fields) =>
  call('POST', `/api/v1/stores/${encodeURIComponent(storeId)}/products`, { body: fields });
export const setStock = (productId, available, reason) =>
  call('PUT', `/api/v1/products/${encodeURIComponent(productId)}/stock`, { body: { available, reason } });

// --- wallet ---

export const wallet = () => call('GET', '/api/v1/wallet');
/** The key makes a retried top-up (lost answer, double click) count once. */
export const topUp = (amount, idempotencyKey) =>
  call('POST', '/api/v1/wallet/top-ups', { body: { amount }, headers: { 'Idempotency-Key': idempotencyKey } });

// --- orders ---

export const placeOrder = (lines, idempotencyKey) =>
  call('POST', '/api/v1/orders', { body: { lines }, headers: { 'Idempotency-Key': idempotencyKey } });
export const order = (id) => call('GET', `/api/v1/orders/${encodeURIComponent(id)}`);
export const cancelOrder = (id) => call('POST', `/api/v1/orders/${encodeURIComponent(id)}/cancel`, { body: {} });
export function orders(cursor) {
  const params = new URLSearchParams({ limit: '20' });
  if (cursor) params.set('cursor', cursor);
  return call('GET', `/api/v1/orders?${params}`);
}

/**
 * Follows an order's status: GET /api/v1/orders/{id}/events read with fetch (EventSource cannot
 * send the Authorization header), parsed as text/event-stream. Calls onStatus({status, reason,
 * reasonCode, at}) for each change, the current status first. Reconnects (with a fresh token)
 * when the stream breaks before a terminal status; returns a function that stops following.
 */
export function followOrder(id, onStatus, onState = () => {}) {
  const controller = new AbortController();
  let stopped = false;
  let retryMs = 2000;

  const run = async () => {
    while (!stopped) {
      let ended = false;
      try {
        const response = await send('GET', `/api/v1/orders/${encodeURIComponent(id)}/events`, {
          accept: 'text/event-stream', signal: controller.signal,
        });
        if (!response.ok) {
          const problem = await response.json().catch(() => null);
          throw new ApiError(response.status, problem);
        }
        onState('live');
        ended = await readEvents(response.body, (event) => {
          if (event.retry) retryMs = event.retry;
          if (event.type === 'status') {
            onStatus(JSON.parse(event.data));
          }
        });
      } catch (error) {
        if (stopped || error.name === 'AbortError') return;
        if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
          onState('failed', error);
          return;
        }
      }
      if (ended || stopped) {
        onState('ended');
        return;
      }
      onState('reconnecting');
      await new Promise((resolve) => setTimeout(resolve, retryMs));
    }
  };
  run();
  return () => {
    stopped = true;
    controller.abort();
  };
}

/** Reads SSE events until the server closes; true when it said the stream is over ("end" event). */
async function readEvents(body, onEvent) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let event = { type: 'message', data: [] };
  let ended = false;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return ended;
    buffer += value;
    let newline;
    while ((newline = buffer.search(/\r\n|\r|\n/)) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + (buffer.startsWith('\r\n', newline) ? 2 : 1));
      if (line === '') {
        if (event.data.length) {
          const dispatched = { type: event.type, data: event.data.join('\n') };
          if (dispatched.type === 'end') ended = true;
          onEvent(dispatched);
        }
        event = { type: 'message', data: [] };
      } else if (!line.startsWith(':')) {
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const data = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event.type = data;
        else if (field === 'data') event.data.push(data);
        else if (field === 'retry' && /^\d+$/.test(data)) onEvent({ type: 'retry', retry: Number(data), data: '' });
      }
    }
  }
}
