// The property panel, driven by the metamodel: text, number and boolean inputs, enum dropdowns, and
// pickers for references (filtered to the referenced type). Every change is one edit, saved at once.
import { h, replace } from './dom.js';
import { typeLabel } from './labels.js';

export class Properties {
  constructor(root, store, { onEdit, canEdit, presence }) {
    this.root = root;
    this.store = store;
    this.onEdit = onEdit;
    this.canEdit = canEdit;
    this.presence = presence;
    this.id = null;
    store.addEventListener('change', (e) => {
      if (this.id && (e.detail.ids.includes(this.id) || e.detail.removed.includes(this.id))) this.render();
    });
    store.addEventListener('analysis', () => this.renderProblems());
    store.addEventListener('reset', () => this.show(this.id && store.get(this.id) ? this.id : null));
  }

  show(id) {
    this.id = id;
    this.render();
  }

  render() {
    const s = this.store;
    const el = this.id && s.get(this.id);
    if (!el) {
      replace(this.root, h('p', { class: 'hint' }, 'Select an element to see and edit its properties. Drag from the blue dot on an element to another to draw a data flow. '
        + 'Shift+drag on the background selects several elements (Ctrl+click adds one); selected elements move together, '
        + 'Ctrl+C / Ctrl+V copy them, Delete removes them. Drag the background to pan, Ctrl+wheel to zoom.'),
        this.problems = h('div', { class: 'problems' }));
      this.renderProblems();
      return;
    }
    const cls = s.cls(el.type);
    const editors = this.presence().filter((p) => p.editing === el.id).map((p) => p.user);
    const form = h('form', { class: 'props', id: 'props', dataset: { element: el.id }, onsubmit: (e) => e.preventDefault() });
    form.append(h('div', { class: 'props-head' },
      h('div', { class: 'props-type' }, typeLabel(el.type), ' · ', h('code', null, el.id)),
      h('p', { class: 'doc' }, cls.doc),
      editors.length ? h('p', { class: 'editing' }, 'Also editing: ', editors.join(', ')) : null));
    form.append(this.field(el, { name: 'name', kind: 'attribute', type: 'EString', many: false, editable: true, doc: 'Human-readable name' }));
    for (const f of cls.features) {
      if (f.name === 'name' || f.name === 'id') continue;
      if (f.kind === 'reference' && (f.containment && s.meta.classes[f.type]?.element)) continue;
      form.append(this.field(el, f));
    }
    const actions = h('div', { class: 'props-actions' });
    if (this.canEdit() && s.isA(el.type, 'Node')) {
      const targets = [...s.elements.values()].filter((e) => s.isA(e.type, 'Node') && e.id !== el.id);
      const pick = h('select', { name: 'flowTarget', 'aria-label': 'Flow target' }, h('option', { value: '' }, '— connect to —'),
        ...targets.map((t) => h('option', { value: t.id }, `${t.name || t.id} (${typeLabel(t.type)})`)));
      actions.append(h('div', { class: 'row' }, pick, h('button', { type: 'button', id: 'add-flow', onclick: () => {
        if (pick.value) this.onEdit([{ op: 'add', feature: 'flows', value: { type: 'DataFlow', name: `${el.name} → ${s.label(pick.value)}`.slice(0, 120), source: el.id, target: pick.value } }]);
      } }, 'Add flow')));
    }
    if (this.canEdit() && el.id !== s.rootId) {
      actions.append(h('button', { type: 'button', class: 'danger', id: 'delete-element', onclick: () => this.onEdit([{ op: 'remove', element: el.id }]) }, 'Delete element'));
    }
    form.append(actions);
    replace(this.root, form, this.problems = h('div', { class: 'problems' }));
    this.renderProblems();
  }

  field(el, f) {
    const s = this.store;
    const v = f.name === 'name' ? el.name : (el.values || {})[f.name];
    const editable = this.canEdit() && f.editable && !(f.kind === 'reference' && f.containment);
    const commit = (value) => this.onEdit([f.many && !Array.isArray(value)
      ? { op: 'replace', element: el.id, feature: f.name, value: [] }
      : (value === null || value === '' ? { op: 'remove', element: el.id, feature: f.name } : { op: 'replace', element: el.id, feature: f.name, value })]);
    let input;
    const common = { name: f.name, id: `prop-${f.name}`, disabled: !editable, title: f.doc };
    if (f.kind === 'reference' && f.containment) {
      input = h('code', { class: 'nested' }, v == null ? '—' : JSON.stringify(v));
    } else if (f.kind === 'reference') {
      const candidates = [...s.elements.values()].filter((e) => s.isA(e.type, f.type));
      const opts = candidates.map((c) => h('option', { value: c.id, selected: f.many ? (v || []).includes(c.id) : v === c.id }, `${c.name || c.id} (${typeLabel(c.type)})`));
      input = f.many
        ? h('select', { ...common, multiple: true, size: Math.min(6, Math.max(2, opts.length)), onchange: (e) => commit([...e.target.selectedOptions].map((o) => o.value)) }, ...opts)
        : h('select', { ...common, onchange: (e) => commit(e.target.value || null) }, h('option', { value: '' }, '—'), ...opts);
    } else if (f.enum) {
      const lits = s.meta.enums[f.type] || [];
      input = f.many
        ? h('select', { ...common, multiple: true, size: Math.min(6, lits.length), onchange: (e) => commit([...e.target.selectedOptions].map((o) => o.value)) },
          ...lits.map((l) => h('option', { value: l, selected: (v || []).includes(l) }, l)))
        : h('select', { ...common, onchange: (e) => commit(e.target.value || null) },
          h('option', { value: '' }, f.default ? `(default ${f.default})` : '—'), ...lits.map((l) => h('option', { value: l, selected: v === l }, l)));
    } else if (f.type === 'EBoolean') {
      input = h('input', { ...common, type: 'checkbox', checked: v === true, onchange: (e) => commit(e.target.checked) });
    } else if (f.type === 'EInt') {
      input = h('input', { ...common, type: 'number', step: '1', value: v == null ? '' : String(v), onchange: (e) => commit(e.target.value === '' ? null : Number(e.target.value)) });
    } else if (f.many) {
      input = h('input', { ...common, type: 'text', value: (v || []).join(', '), placeholder: 'comma-separated',
        onchange: (e) => commit(e.target.value.split(',').map((x) => x.trim()).filter(Boolean)) });
    } else {
      const area = f.name === 'description' || f.name === 'statement' || f.name === 'rationale';
      input = h(area ? 'textarea' : 'input', { ...common, type: area ? null : 'text', value: v == null ? '' : String(v), rows: area ? 3 : null,
        onchange: (e) => commit(e.target.value) });
    }
    input.addEventListener('focus', () => this.onFocus && this.onFocus(el.id));
    return h('label', { class: 'field' + (f.required ? ' required' : '') }, h('span', { class: 'field-name' }, f.name), input);
  }

  renderProblems() {
    if (!this.problems) return;
    const a = this.store.analysis;
    if (!a) return;
    const list = a.validation.filter((f) => !this.id || f.element === this.id);
    replace(this.problems, h('h3', null, this.id ? 'Problems with this element' : `Validation (${a.valid ? 'valid' : 'errors'})`),
      list.length ? h('ul', { class: 'findings' }, ...list.slice(0, 100).map((f) => h('li', { class: f.severity }, `${f.severity}: ${f.message}`)))
        : h('p', { class: 'hint' }, 'No problems.'));
  }
}
