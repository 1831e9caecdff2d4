// The REST client: same-origin fetch with the session cookie, the CSRF token on every write, and If-Match on
// every model write. Errors carry the HTTP status and the server's JSON body.
let csrf = null;

export function setCsrf(token) {
  csrf = token;
}

export class ApiError extends Error {
  constructor(status, data) {
    super((data && data.message) || `HTTP ${status}`);
    this.status = status;
    this.data = data;
  }
}

export async function call(method, path, { body, ifMatch, raw, contentType } = {}) {
  const headers = {};
  if (body !== undefined) headers['Content-Type'] = contentType || 'application/json';
  if (method !== 'GET' && csrf) headers['X-CSRF-Token'] = csrf;
  if (ifMatch != null) headers['If-Match'] = `"${ifMatch}"`;
  const init = { method, headers, credentials: 'same-origin' };
  if (body !== undefined) init.body = raw ? body : JSON.stringify(body);
  const res = await fetch('/api/v1' + path, init);
  const type = res.headers.get('content-type') || '';
  const data = type.includes('json') ? await res.json() : null;
  if (!res.ok) throw new ApiError(res.status, data);
  return data;
}

export const api = {
  session: () => call('GET', '/session'),
  login: (name, password) => call('POST', '/login', { body: { name, password } }),
  logout: () => call('POST', '/logout'),
  metamodel: () => call('GET', '/metamodel'),
  models: () => call('GET', '/models'),
  model: (id) => call('GET', `/models/${encodeURIComponent(id)}`),
  createModel: (name) => call('POST', '/models', { body: { name } }),
  importModel: (file, name) => call('POST', `/models/import?name=${encodeURIComponent(name)}&file=${encodeURIComponent(file.name)}`,
    { body: file, raw: true, contentType: 'application/octet-stream' }),
  edit: (id, rev, ops) => call('POST', `/models/${encodeURIComponent(id)}/edits`, { body: { ops }, ifMatch: rev }),
  undo: (id, rev) => call('POST', `/models/${encodeURIComponent(id)}/undo`, { ifMatch: rev }),
  redo: (id, rev) => call('POST', `/models/${encodeURIComponent(id)}/redo`, { ifMatch: rev }),
  threats: (id) => call('GET', `/models/${encodeURIComponent(id)}/threats`),
  validation: (id) => call('GET', `/models/${encodeURIComponent(id)}/validation`),
  decisions: (id) => call('GET', `/models/${encodeURIComponent(id)}/decisions`),
  decide: (id, rev, decision) => call('POST', `/models/${encodeURIComponent(id)}/decisions`, { body: decision, ifMatch: rev }),
};
