// The editor page: top bar, palette, diagram, and the side panel (properties, threats). It owns the edit queue:
// edits go to the server one at a time with If-Match; a conflict reloads the current model and retries once
// (operations name elements by id, so they still apply); a failed save keeps the edit for a retry.
import { h, replace } from './dom.js';
import { api } from './api.js';
import { Store } from './store.js';
import { Diagram } from './diagram.js';
import { renderPalette, acceptDrops } from './palette.js';
import { Properties } from './properties.js';
import { Threats } from './threats.js';
import { Workshop } from './workshop.js';
import { freeSpot } from './layout.js';
import { FormalPanel, CompliancePanel } from './formal.js';
import { typeLabel } from './labels.js';

const ROLE_RANK = { viewer: 0, modeler: 1, reviewer: 2, admin: 3 };

export class Editor {
  constructor(root, meta, session, { onSignedOut }) {
    this.root = root;
    this.meta = meta;
    this.session = session;
    this.onSignedOut = onSignedOut;
    this.queue = Promise.resolve();
    this.base = 0;
    this.unsaved = [];
    this.presence = [];
    window.addEventListener('hashchange', () => this.openFromLocation());
    // read-only view of the state for the browser tests and benchmarks
    window.__tlState = () => ({
      revision: this.store && this.store.revision,
      elements: this.store ? [...this.store.elements.values()].map((e) => `${e.id}|${e.type}|${e.name}`).sort() : [],
      cells: this.diagram ? this.diagram.graph.getCells().length : 0,
      analysisRevision: this.store && this.store.analysis ? this.store.analysis.revision : -1,
    });
    document.addEventListener('keydown', (e) => this.keys(e));
  }

  can(role) {
    return ROLE_RANK[this.session.role] >= ROLE_RANK[role];
  }

  async openFromLocation() {
    const models = await api.models();
    const wanted = new URLSearchParams(location.hash.slice(1)).get('model');
    const id = models.some((m) => m.id === wanted) ? wanted : (models[0] && models[0].id);
    if (id && id === this.modelId) return;
    await this.open(id, models);
  }

  async open(id, models) {
    if (this.workshop) this.workshop.close();
    this.modelId = id;
    this.store = new Store(this.meta);
    this.layout(models);
    if (!id) return;
    const t0 = performance.now();
    const model = await api.model(id);
    this.store.load(model);
    this.base = model.revision;
    window.__tlOpenMs = performance.now() - t0;
    this.workshop = new Workshop(id, this.store, { resync: () => this.resync() });
    this.workshop.addEventListener('presence', (e) => this.showPresence(e.detail));
    this.workshop.addEventListener('focus', (e) => { if (e.detail) this.threats.open(e.detail, false); });
    this.workshop.addEventListener('ended', (e) => { if (e.detail === 4401) this.onSignedOut(); });
    this.store.addEventListener('change', () => this.status(`Saved · revision ${this.store.revision}`));
    api.threats(id).then((t) => api.validation(id).then((v) => this.store.setAnalysis({ ...t, validation: v.findings, valid: v.valid })))
      .catch(() => {});
  }

  layout(models) {
    const select = h('select', { id: 'model-select', 'aria-label': 'Model', onchange: (e) => { location.hash = `model=${encodeURIComponent(e.target.value)}`; } },
      ...(models || []).map((m) => h('option', { value: m.id, selected: m.id === this.modelId }, m.name || m.id)));
    const id = encodeURIComponent(this.modelId || '');
    this.statusEl = h('span', { id: 'status', class: 'status', role: 'status' }, this.pendingStatus || '');
    this.pendingStatus = null;
    this.presenceEl = h('span', { id: 'presence', class: 'presence' });
    const bar = h('header', { class: 'topbar' },
      h('strong', { class: 'brand' }, 'ThreatLoom'), select,
      this.can('modeler') ? h('button', { type: 'button', id: 'new-model', onclick: () => this.newModel() }, 'New') : null,
      this.can('modeler') ? h('label', { class: 'button', title: 'ThreatLoom XMI, or import Threat Dragon (.json), Threagile (.yaml), OTM (.json/.yaml) or MS TMT (.tm7)' },
        'Upload / import', h('input', { type: 'file', id: 'upload', accept: '.tlm,.xmi,.xml,.json,.yaml,.yml,.tm7', class: 'hidden', onchange: (e) => this.upload(e.target.files[0]) })) : null,
      h('button', { type: 'button', id: 'undo', disabled: !this.can('modeler'), onclick: () => this.step('undo') }, 'Undo'),
      h('button', { type: 'button', id: 'redo', disabled: !this.can('modeler'), onclick: () => this.step('redo') }, 'Redo'),
      h('a', { class: 'button', id: 'download-xmi', href: `/api/v1/models/${id}/xmi`, download: '' }, 'XMI'),
      h('a', { class: 'button', id: 'download-minutes', href: `/api/v1/models/${id}/minutes.docx`, download: '' }, 'Minutes (DOCX)'),
      h('a', { class: 'button', id: 'download-evidence', href: `/api/v1/models/${id}/evidence.zip`, download: '', title: 'DOCX, XLSX, HTML, OSCAL, SARIF (runs the formal check)' }, 'Evidence pack'),
      h('a', { class: 'button', id: 'download-evidence-pdf', href: `/api/v1/models/${id}/evidence.zip?pdf=true`, download: '', title: 'The evidence pack with a PDF of each report (slower)' }, '+ PDF'),
      this.statusEl, h('span', { class: 'spacer' }), this.presenceEl,
      h('span', { class: 'user' }, `${this.session.user} (${this.session.role})`),
      h('button', { type: 'button', id: 'sign-out', onclick: () => api.logout().finally(() => this.onSignedOut()) }, 'Sign out'));
    const graphEl = h('div', { class: 'graph' });
    const zoomLabel = h('span', { id: 'zoom-level', class: 'zoom-level' }, '100 %');
    const zoom = h('div', { class: 'zoom-controls', role: 'group', 'aria-label': 'Zoom' },
      h('button', { type: 'button', id: 'zoom-out', title: 'Zoom out (Ctrl+wheel)', onclick: () => this.diagram.zoomBy(1 / 1.25) }, '−'),
      zoomLabel,
      h('button', { type: 'button', id: 'zoom-in', title: 'Zoom in (Ctrl+wheel)', onclick: () => this.diagram.zoomBy(1.25) }, '+'),
      h('button', { type: 'button', id: 'zoom-fit', title: 'Show the whole diagram', onclick: () => this.diagram.fit() }, 'Fit'));
    const canvas = h('div', { class: 'canvas', id: 'canvas' }, graphEl, zoom);
    const props = h('div', { class: 'tab-body', id: 'properties' });
    const threats = h('div', { class: 'tab-body hidden', id: 'threats' });
    const check = h('div', { class: 'tab-body hidden', id: 'check' });
    const compliance = h('div', { class: 'tab-body hidden', id: 'compliance' });
    const tabs = h('div', { class: 'tabs' },
      h('button', { type: 'button', id: 'tab-properties', class: 'active', onclick: () => this.tab('properties') }, 'Properties'),
      h('button', { type: 'button', id: 'tab-threats', onclick: () => this.tab('threats') }, 'Threats'),
      h('button', { type: 'button', id: 'tab-check', onclick: () => this.tab('check') }, 'Check'),
      h('button', { type: 'button', id: 'tab-compliance', onclick: () => this.tab('compliance') }, 'Compliance'));
    const side = h('aside', { class: 'side' }, tabs, props, threats, check, compliance);
    const palette = renderPalette(this.meta, { onAdd: (type, at) => this.add(type, at), canEdit: this.can('modeler') });
    replace(this.root, h('div', { class: 'editor' }, bar, h('main', { class: 'work' }, palette, canvas, side)));
    this.tabs = { properties: props, threats, check, compliance };
    this.diagram = new Diagram(graphEl, this.store, {
      readOnly: !this.can('modeler'),
      onEdit: (ops) => this.edit(ops),
      onSelect: (id) => this.select(id),
    });
    this.diagram.onZoom = ({ scale, far }) => {
      replace(zoomLabel, `${Math.round(scale * 100)} %`);
      zoomLabel.title = far ? 'Labels are hidden at this zoom: zoom in to read them' : '';
      zoomLabel.classList.toggle('far', far);
    };
    this.diagram.levelOfDetail();
    acceptDrops(canvas, this.diagram, (type, at) => this.add(type, at));
    this.properties = new Properties(props, this.store, { onEdit: (ops) => this.edit(ops), canEdit: () => this.can('modeler'), presence: () => this.presence });
    this.properties.onFocus = (elementId) => this.workshop && this.workshop.editing(elementId);
    this.formal = new FormalPanel(check, this.store, {
      modelId: this.modelId,
      onHighlight: (ids) => { this.diagram.highlight(ids); this.diagram.showAll(ids); },
    });
    this.compliance = new CompliancePanel(compliance, { modelId: this.modelId });
    this.threats = new Threats(threats, this.store, {
      onSelectElement: (elId) => { this.diagram.select(elId, false); this.diagram.focusOn(elId); this.properties.show(elId); },
      onDecide: (d) => this.decide(d),
      onFocus: (threatId) => this.workshop && this.workshop.focus(threatId),
      canDecide: () => this.can('reviewer'),
      participants: () => [...new Set(this.presence.map((p) => p.user))],
    });
  }

  tab(name) {
    for (const [k, el] of Object.entries(this.tabs)) el.classList.toggle('hidden', k !== name);
    for (const k of Object.keys(this.tabs)) document.getElementById(`tab-${k}`).classList.toggle('active', k === name);
  }

  select(id) {
    this.properties.show(id);
    this.threats.setElement(id);
    if (this.workshop) this.workshop.editing(id);
  }

  add(type, at) {
    const cls = this.meta.classes[type];
    const box = at ? { x: at.x, y: at.y, w: 150, h: 54 } : freeSpot(this.store, this.diagram.viewCenter());
    if (this.store.isA(type, 'Zone') || this.store.isA(type, 'TrustBoundary')) Object.assign(box, { w: 320, h: 200 });
    const value = { type, name: `New ${typeLabel(type)}`, '@layout': box };
    return this.edit([{ op: 'add', feature: cls.rootFeature, value }]).then((r) => {
      if (r && r.created && r.created[0]) {
        this.diagram.select(r.created[0], false);
        this.select(r.created[0]);
        this.tab('properties');
      }
      return r;
    });
  }

  /** Queues an edit; resolves with the server's answer. */
  edit(ops) {
    const run = () => this.send(() => api.edit(this.modelId, this.base, ops), ops);
    this.queue = this.queue.then(run, run);
    return this.queue;
  }

  step(kind) {
    const run = () => this.send(() => api[kind](this.modelId, this.base), null);
    this.queue = this.queue.then(run, run);
    return this.queue;
  }

  decide(decision) {
    const run = () => this.send(() => api.decide(this.modelId, this.base, decision), null, true);
    this.queue = this.queue.then(run, run);
    return this.queue;
  }

  async send(request, ops, rethrow) {
    this.status('Saving…');
    for (let attempt = 0; ; attempt++) {
      this.base = Math.max(this.base, this.store.revision);
      try {
        const r = await request();
        this.base = Math.max(this.base, r.revision);
        const expected = r.revision;
        setTimeout(() => { if (this.store.revision < expected) this.resync(); }, 1500);
        this.status(`Saved · revision ${r.revision}`);
        return r;
      } catch (e) {
        if (e.status === 409 && attempt < 2 && e.data && e.data.current) {
          this.store.load(e.data.current);
          this.base = e.data.current.revision;
          continue;
        }
        if (e.status === 401) this.onSignedOut();
        else if (e.status === 507 || e.status >= 500 || e.status === undefined) {
          if (ops) this.unsaved.push(ops);
          this.status(`Not saved: ${e.message}`, true);
        } else this.status(`Refused: ${e.message}`, true);
        if (rethrow) throw e;
        return null;
      }
    }
  }

  async resync() {
    const m = await api.model(this.modelId);
    if (m.revision > this.store.revision) this.store.load(m);
    this.base = Math.max(this.base, m.revision);
  }

  status(text, error) {
    if (!this.statusEl) return;
    replace(this.statusEl, text);
    this.statusEl.classList.toggle('error', !!error);
    if (error && this.unsaved.length) {
      this.statusEl.append(' ', h('button', { type: 'button', id: 'retry-save', onclick: () => {
        const pending = this.unsaved.splice(0);
        for (const ops of pending) this.edit(ops);
      } }, `Retry ${this.unsaved.length} unsaved`));
    }
  }

  showPresence(list) {
    this.presence = list;
    const others = new Map();
    for (const p of list) {
      if (p.editing && p.connection !== (this.workshop && this.workshop.connection)) others.set(p.editing, [...(others.get(p.editing) || []), p.user]);
    }
    if (this.diagram) this.diagram.showEditors(others);
    replace(this.presenceEl, ...list.map((p) => h('span', { class: 'chip', title: p.editing ? `editing ${this.store.label(p.editing)}` : '' },
      p.user, p.editing ? ` ✎ ${this.store.label(p.editing)}` : '')));
  }

  async newModel() {
    const name = window.prompt('Name of the new model');
    if (!name) return;
    const r = await api.createModel(name);
    location.hash = `model=${encodeURIComponent(r.id)}`;
  }

  async upload(file) {
    if (!file) return;
    try {
      const r = await api.importModel(file, file.name.replace(/\.[^.]*$/, ''));
      location.hash = `model=${encodeURIComponent(r.id)}`;
      if (r.import) {
        const c = r.import.counts || {};
        this.pendingStatus = `Imported from ${r.import.format}: ${c.elements || 0} elements, ${c.flows || 0} flows, `
          + `${c.threats || 0} threats; ${r.import.unmapped.length} item(s) not mapped`
          + (r.import.unmapped.length ? ` (first: ${r.import.unmapped[0].place} ${r.import.unmapped[0].item}: ${r.import.unmapped[0].reason})` : '');
      }
    } catch (e) {
      this.status(`Upload refused: ${e.message}`, true);
    }
  }

  keys(e) {
    const t = e.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT')) return;
    if ((e.ctrlKey || e.metaKey) && e.key === 'z') { e.preventDefault(); this.step(e.shiftKey ? 'redo' : 'undo'); }
    if ((e.ctrlKey || e.metaKey) && e.key === 'y') { e.preventDefault(); this.step('redo'); }
    if (!this.diagram || !this.can('modeler')) return;
    if (e.key === 'Delete' || e.key === 'Backspace') {
      const ids = this.diagram.selectedIds().filter((id) => id !== this.store.rootId && this.store.get(id));
      if (ids.length) this.edit(ids.map((id) => ({ op: 'remove', element: id })));
    }
    if ((e.ctrlKey || e.metaKey) && e.key === 'c') this.copy();
    if ((e.ctrlKey || e.metaKey) && e.key === 'v') { e.preventDefault(); this.paste(); }
  }

  /** Copies the selected diagram nodes (type, values, position) for pasting as new elements. */
  copy() {
    this.clipboard = this.diagram.selectedIds().map((id) => this.store.get(id))
      .filter((el) => el && this.meta.classes[el.type]?.rootFeature && this.diagram.graph.getCellById(el.id)?.getData()?.kind === 'node')
      .map((el) => ({ type: el.type, name: el.name, values: el.values || {}, box: this.diagram.box(el) }));
    this.pastes = 0;
    if (this.clipboard.length) this.status(`Copied ${this.clipboard.length} element(s): Ctrl+V pastes`);
  }

  /**
   * Pastes the copied nodes as new elements (one edit, server-assigned ids), offset from the originals, with the
   * values of every feature an edit may set; pasting again offsets further.
   */
  paste() {
    if (!this.clipboard || !this.clipboard.length) return;
    this.pastes = (this.pastes || 0) + 1;
    const shift = 40 * this.pastes;
    const ops = this.clipboard.map((c) => {
      const cls = this.meta.classes[c.type];
      const value = { type: c.type, name: `${c.name || typeLabel(c.type)} (copy)`,
        '@layout': { x: c.box.x + shift, y: c.box.y + shift, w: c.box.w || 150, h: c.box.h || 54 } };
      for (const f of cls.features) if (f.editable && f.name !== 'name' && f.name in c.values) value[f.name] = c.values[f.name];
      return { op: 'add', feature: cls.rootFeature, value };
    });
    return this.edit(ops).then((r) => {
      if (r && r.created) this.diagram.selectWhenDrawn(r.created);
      return r;
    });
  }
}
