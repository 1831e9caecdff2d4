import './generated/x6.css';
import './styles.css';
import { api, setCsrf } from './api.js';
import { showLogin } from './login.js';
import { Editor } from './editor.js';

const root = document.getElementById('app');

async function start() {
  const s = await api.session();
  if (!s.signedIn) {
    showLogin(root, (session) => open(session));
    return;
  }
  open(s);
}

async function open(session) {
  setCsrf(session.csrfToken);
  if (!session.role) {
    root.textContent = `Signed in as ${session.user}, but you have no role in this workspace.`;
    return;
  }
  const meta = await api.metamodel();
  meta.groupOf = {};
  for (const [g, types] of Object.entries(meta.palette)) for (const t of types) meta.groupOf[t] = g;
  const editor = new Editor(root, meta, session, { onSignedOut: () => { setCsrf(null); start(); } });
  await editor.openFromLocation();
}

start().catch((e) => { root.textContent = `ThreatLoom could not start: ${e.message}`; });
