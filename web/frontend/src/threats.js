// The threat list beside the diagram (updated by the server's analysis pushes), the facilitator's walk-through,
// and the decision form: decisions are appended (superseding the one in force), never edited.
import { h, replace } from './dom.js';

const RISK = { CRITICAL: 4, HIGH: 3, MEDIUM: 2, LOW: 1 };
const DECISIONS = ['MITIGATE', 'ACCEPT', 'TRANSFER', 'NOT_APPLICABLE', 'REOPEN'];

export class Threats {
  constructor(root, store, { onSelectElement, onDecide, onFocus, canDecide, participants }) {
    this.root = root;
    this.store = store;
    this.onSelectElement = onSelectElement;
    this.onDecide = onDecide;
    this.onFocus = onFocus;
    this.canDecide = canDecide;
    this.participants = participants;
    this.filter = { open: true, element: null, text: '' };
    this.current = null;
    store.addEventListener('analysis', () => this.render());
  }

  setElement(id) {
    this.filter.element = id;
    this.render();
  }

  list() {
    const a = this.store.analysis;
    if (!a) return [];
    const q = this.filter.text.toLowerCase();
    return a.threats
      .filter((t) => !this.filter.open || t.status === 'OPEN' || t.id === this.current)
      .filter((t) => !this.filter.element || t.element.id === this.filter.element)
      .filter((t) => !q || t.title.toLowerCase().includes(q) || t.id.toLowerCase().includes(q) || (t.element.name || '').toLowerCase().includes(q))
      .sort((x, y) => (RISK[y.risk] || 0) - (RISK[x.risk] || 0));
  }

  render() {
    const a = this.store.analysis;
    if (!a) {
      replace(this.root, h('p', { class: 'hint' }, 'Analysing…'));
      return;
    }
    const threats = this.list();
    const head = h('div', { class: 'threat-head' },
      h('div', { class: 'summary', id: 'threat-summary', dataset: { revision: String(a.revision) } },
        `${a.summary.open} open of ${a.summary.threats} threats · revision ${a.revision}`),
      h('div', { class: 'row' },
        h('input', { type: 'search', placeholder: 'Filter threats', value: this.filter.text, 'aria-label': 'Filter threats',
          oninput: (e) => { this.filter.text = e.target.value; this.renderList(listEl); } }),
        h('label', { class: 'check' }, h('input', { type: 'checkbox', checked: this.filter.open,
          onchange: (e) => { this.filter.open = e.target.checked; this.render(); } }), 'open only')),
      this.filter.element ? h('div', { class: 'row' }, `Only threats on ${this.store.label(this.filter.element)} `,
        h('button', { type: 'button', class: 'link', onclick: () => this.setElement(null) }, 'show all')) : null,
      h('div', { class: 'row walk' },
        h('button', { type: 'button', id: 'walk-prev', onclick: () => this.step(-1) }, '◀ Previous'),
        h('button', { type: 'button', id: 'walk-next', onclick: () => this.step(1) }, 'Next threat ▶')));
    const listEl = h('ol', { class: 'threats', id: 'threat-list' });
    this.renderList(listEl, threats);
    replace(this.root, head, this.detail = h('div', { class: 'threat-detail', id: 'threat-detail' }), listEl);
    this.renderDetail();
  }

  renderList(listEl, threats = this.list()) {
    replace(listEl, ...threats.slice(0, 400).map((t) => h('li', {
      class: `threat risk-${t.risk.toLowerCase()}${t.id === this.current ? ' current' : ''}`,
      dataset: { threatId: t.id, element: t.element.id, status: t.status },
      onclick: () => this.open(t.id, true),
    }, h('span', { class: `risk risk-${t.risk.toLowerCase()}` }, t.risk), ' ',
    h('span', { class: 'title' }, t.title), h('div', { class: 'meta' }, `${t.element.name || t.element.id} · ${t.status}${t.decision ? ' · ' + t.decision : ''}`))));
    if (threats.length > 400) listEl.append(h('li', { class: 'hint' }, `${threats.length - 400} more: filter to see them`));
  }

  step(delta) {
    const list = this.list();
    if (!list.length) return;
    const i = list.findIndex((t) => t.id === this.current);
    const next = list[(i + delta + list.length) % list.length];
    this.open(next.id, true);
  }

  /** Shows one threat; `broadcast` makes it the group's focus when this user may facilitate. */
  open(id, broadcast) {
    this.current = id;
    const t = this.store.analysis && this.store.analysis.threats.find((x) => x.id === id);
    if (t) this.onSelectElement(t.element.id);
    if (broadcast && this.canDecide()) this.onFocus(id);
    this.render();
  }

  renderDetail() {
    if (!this.detail) return;
    const t = this.current && this.store.analysis.threats.find((x) => x.id === this.current);
    if (!t) return;
    const cms = this.store.ofType('Countermeasure');
    const form = h('form', { class: 'decision', id: 'decision-form', onsubmit: (e) => { e.preventDefault(); this.submit(form, t); } },
      h('h3', null, t.title),
      h('p', { class: 'meta' }, h('code', null, t.id), ` · ${t.stride || ''} · risk ${t.risk} · ${t.status}`),
      h('p', { class: 'meta' }, 'References: ', t.references.join(', ')),
      t.justification ? h('p', { class: 'meta' }, 'Why: ', t.justification) : null);
    if (this.canDecide()) {
      form.append(
        h('label', { class: 'field' }, h('span', { class: 'field-name' }, 'decision'),
          h('select', { name: 'decision', id: 'decision-kind' }, ...DECISIONS.map((d) => h('option', { value: d }, d)))),
        h('label', { class: 'field' }, h('span', { class: 'field-name' }, 'countermeasures'),
          h('select', { name: 'countermeasures', id: 'decision-countermeasures', multiple: true, size: Math.min(5, Math.max(2, cms.length)) },
            ...cms.map((c) => h('option', { value: c.id }, c.name || c.id)))),
        h('label', { class: 'field' }, h('span', { class: 'field-name' }, 'participants'),
          h('input', { name: 'participants', id: 'decision-participants', type: 'text', value: this.participants().join(', ') })),
        h('label', { class: 'field' }, h('span', { class: 'field-name' }, 'rationale'),
          h('textarea', { name: 'rationale', id: 'decision-rationale', rows: 3, required: true })),
        h('div', { class: 'row' }, h('button', { type: 'submit', id: 'record-decision' }, 'Record decision'),
          this.message = h('span', { class: 'message', id: 'decision-message' })));
    }
    replace(this.detail, form);
  }

  async submit(form, t) {
    const body = {
      threatId: t.id,
      decision: form.elements.decision.value,
      rationale: form.elements.rationale.value,
      participants: form.elements.participants.value.split(',').map((x) => x.trim()).filter(Boolean),
      countermeasures: [...form.elements.countermeasures.selectedOptions].map((o) => o.value),
    };
    try {
      await this.onDecide(body);
      this.message.textContent = 'Recorded.';
      this.message.classList.add('ok');
    } catch (e) {
      this.message.textContent = e.message;
      this.message.classList.remove('ok');
    }
  }
}
