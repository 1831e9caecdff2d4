// The sign-in form. The answer never tells whether a name exists; after repeated failures the server throttles.
import { h, replace } from './dom.js';
import { api } from './api.js';

export function showLogin(root, onSignedIn) {
  const message = h('p', { class: 'message', id: 'login-message', role: 'alert' });
  const form = h('form', { class: 'login', id: 'login-form', onsubmit: async (e) => {
    e.preventDefault();
    message.textContent = '';
    try {
      const s = await api.login(form.elements.name.value, form.elements.password.value);
      onSignedIn(s);
    } catch (err) {
      message.textContent = err.status === 429 ? 'Too many failed attempts: wait a moment and try again.' : 'Wrong name or password.';
    }
  } },
  h('h1', null, 'ThreatLoom'),
  h('p', { class: 'hint' }, 'Sign in. On a fresh local start, use the account admin with the one-time password the server printed.'),
  h('label', { class: 'field' }, h('span', { class: 'field-name' }, 'Name'), h('input', { name: 'name', id: 'login-name', autocomplete: 'username', required: true })),
  h('label', { class: 'field' }, h('span', { class: 'field-name' }, 'Password'),
    h('input', { name: 'password', id: 'login-password', type: 'password', autocomplete: 'current-password', required: true })),
  h('button', { type: 'submit', id: 'login-submit' }, 'Sign in'), message);
  replace(root, h('div', { class: 'login-page' }, form));
}
