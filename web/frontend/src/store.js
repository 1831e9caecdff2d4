// The client's copy of one model: elements by id, layout, revision. Server change events are applied in the order
// they arrive (the server's order), so every client converges to the server's state.
export class Store extends EventTarget {
  constructor(meta) {
    super();
    this.meta = meta;
    this.elements = new Map();
    this.layout = {};
    this.revision = 0;
    this.analysis = null;
  }

  load(model) {
    this.id = model.id;
    this.rootId = model.rootId;
    this.name = model.name;
    this.revision = model.revision;
    this.elements = new Map(model.elements.map((e) => [e.id, e]));
    this.layout = { ...model.layout };
    this.emit('reset', {});
  }

  applyChange(msg) {
    if (msg.revision <= this.revision && msg.kind !== 'resync') return false;
    const ids = [];
    for (const e of msg.elements) {
      this.elements.set(e.id, e);
      ids.push(e.id);
    }
    for (const id of msg.removed) this.elements.delete(id);
    const layoutIds = Object.keys(msg.layout || {});
    for (const id of layoutIds) {
      if (msg.layout[id] == null) delete this.layout[id];
      else this.layout[id] = msg.layout[id];
    }
    this.revision = Math.max(this.revision, msg.revision);
    this.emit('change', { ids, removed: msg.removed, layoutIds, created: msg.created || [], by: msg.by });
    return true;
  }

  /** Threats of a revision (validation findings arrive separately and are kept until replaced). */
  setAnalysis(a) {
    if (this.analysis && a.revision < this.analysis.revision) return;
    const validation = a.validation || (this.analysis && this.analysis.validation) || [];
    const valid = a.valid !== undefined ? a.valid : !(this.analysis && this.analysis.valid === false);
    this.analysis = { ...a, validation, valid };
    this.emit('analysis', this.analysis);
  }

  setValidation(v) {
    if (!this.analysis || v.revision < this.analysis.revision) {
      this.pendingValidation = v;
      return;
    }
    this.analysis = { ...this.analysis, validation: v.validation, valid: v.valid };
    this.emit('analysis', this.analysis);
  }

  emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }

  get(id) {
    return this.elements.get(id);
  }

  cls(type) {
    return this.meta.classes[type];
  }

  isA(type, superType) {
    const c = this.cls(type);
    return !!c && (type === superType || c.supertypes.includes(superType));
  }

  ofType(superType) {
    return [...this.elements.values()].filter((e) => this.isA(e.type, superType));
  }

  label(id) {
    const e = this.elements.get(id);
    return e ? e.name || e.id : id;
  }
}
