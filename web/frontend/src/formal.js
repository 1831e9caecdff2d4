// The formal check (per theorem: proved, counterexample, not proven within budget) with counterexample attack
// paths highlighted on the diagram, and the compliance view per profile with SL-T / SL-A per zone.
import { h, replace } from './dom.js';
import { call } from './api.js';

export class FormalPanel {
  constructor(root, store, { modelId, onHighlight }) {
    this.root = root;
    this.store = store;
    this.modelId = modelId;
    this.onHighlight = onHighlight;
    this.render(null);
  }

  async run() {
    replace(this.root, h('p', { class: 'hint', id: 'check-running' }, 'Checking the sufficiency theorems…'));
    try {
      this.render(await call('GET', `/models/${encodeURIComponent(this.modelId)}/check`));
    } catch (e) {
      replace(this.root, h('p', { class: 'message' }, `Check failed: ${e.message}`), this.button());
    }
  }

  button() {
    return h('button', { type: 'button', id: 'run-check', onclick: () => this.run() }, 'Run formal check');
  }

  render(report) {
    if (!report) {
      replace(this.root, h('p', { class: 'hint' }, 'Proves with Alloy/Kodkod that the countermeasures suffice, or shows the attack path that is not covered.'), this.button());
      return;
    }
    const items = report.theorems.map((t) => h('li', { class: `theorem verdict-${t.verdict}`, dataset: { verdict: t.verdict, theorem: t.name } },
      h('strong', null, t.name), ` — ${t.verdict}`, h('div', { class: 'meta' }, t.meaning),
      t.summary ? h('div', { class: 'meta' }, t.summary) : null,
      ...(t.counterexamples || []).slice(0, 10).map((c, i) => h('button', {
        type: 'button', class: 'cex link', dataset: { path: c.path.map((p) => p.id).join(' ') },
        onclick: () => this.show(c.path.map((p) => p.id)),
      }, `Show path ${i + 1}: ${c.path.map((p) => p.name || p.id).join(' → ')}`))));
    replace(this.root, h('div', { class: 'row' }, this.button(), h('span', { class: 'meta' },
      `${report.allProved ? 'all proved' : 'not all proved'} · revision ${report.revision} · ${report.ms} ms`)),
    h('ul', { class: 'theorems', id: 'theorems' }, ...items));
    const first = report.theorems.find((t) => t.path && t.path.length);
    if (first) this.show(first.path.map((p) => p.id));
  }

  /** Highlights the path's elements and the flows between consecutive ones. */
  show(ids) {
    const set = new Set(ids);
    for (const el of this.store.elements.values()) {
      if (el.type !== 'DataFlow' || !el.values) continue;
      for (let i = 0; i + 1 < ids.length; i++) {
        const a = ids[i];
        const b = ids[i + 1];
        if ((el.values.source === a && el.values.target === b) || (el.values.source === b && el.values.target === a)) set.add(el.id);
      }
    }
    this.onHighlight([...set], ids[0]);
  }
}

export class CompliancePanel {
  constructor(root, { modelId }) {
    this.root = root;
    this.modelId = modelId;
    this.profile = 'iec62443-3-3';
    this.render(null);
  }

  controls() {
    const select = h('select', { id: 'profile', 'aria-label': 'Profile', onchange: (e) => { this.profile = e.target.value; } },
      ...['iec62443-3-3', 'iec62443-4-2', 'cra', 'nistir8425'].map((p) => h('option', { value: p, selected: p === this.profile }, p)));
    return h('div', { class: 'row' }, select, h('button', { type: 'button', id: 'run-assess', onclick: () => this.run() }, 'Assess'));
  }

  async run() {
    replace(this.root, this.controls(), h('p', { class: 'hint' }, 'Assessing…'));
    try {
      this.render(await call('GET', `/models/${encodeURIComponent(this.modelId)}/assess?profile=${encodeURIComponent(this.profile)}`));
    } catch (e) {
      replace(this.root, this.controls(), h('p', { class: 'message' }, `Assessment failed: ${e.message}`));
    }
  }

  render(a) {
    if (!a) {
      replace(this.root, this.controls(), h('p', { class: 'hint' }, 'Per requirement: satisfied, partially, not satisfied or not applicable; SL-T against SL-A per zone.'));
      return;
    }
    const counts = Object.entries(a.counts).map(([k, v]) => `${k} ${v}`).join(' · ');
    const rows = a.targets.map((t) => h('details', { class: 'target', dataset: { target: t.id } },
      h('summary', null, `${t.name || t.id} (${t.kind})`, t.slTarget ? h('span', { class: 'meta' }, ` SL-T ${levels(t.slTarget)} / SL-A ${levels(t.slAchieved)}`) : null),
      h('div', { class: 'meta' }, Object.entries(t.counts).map(([k, v]) => `${k} ${v}`).join(' · ')),
      h('ul', { class: 'findings' }, ...t.open.map((r) => h('li', { class: r.status === 'partially' ? 'warning' : 'error' },
        `${r.requirement} ${r.title}: ${r.status}`, r.justification ? h('div', { class: 'meta' }, r.justification) : null)))));
    replace(this.root, this.controls(), h('p', { class: 'summary', id: 'assess-summary' }, `${a.title} — ${counts}`), ...rows);
  }
}

function levels(v) {
  return Object.values(v || {}).join('');
}
