// The diagram: X6 renders the store; user gestures (move, connect, drop into a zone) become edit operations
// handed to `onEdit`. The server's change events come back through the store and update the cells.
import { Graph, Config, Selection } from '@antv/x6';
import { registerShapes, COLORS, truncate } from './shapes.js';
import { autoLayout, diagramKind, boundaryOf, effectiveZone } from './layout.js';
import { typeLabel } from './labels.js';

Config.autoInsertCSS = false; // the stylesheet ships in the bundle (strict CSP: no injected <style>)

/** Zoom below which labels are left out (see `levelOfDetail`). */
export const LOD_FAR = 0.3;

export class Diagram {
  constructor(container, store, { onEdit, onSelect, readOnly }) {
    registerShapes();
    this.store = store;
    this.onEdit = onEdit;
    this.onSelect = onSelect;
    this.selected = null;
    this.auto = {};
    this.badges = new Map();
    this.invalid = new Set();
    this.highlighted = new Set();
    this.editors = new Map();
    this.multi = new Set();
    this.pendingMoves = new Set();
    this.moveTimer = null;
    this.graph = new Graph({
      container,
      autoResize: true,
      async: false,
      grid: { size: 10, visible: true },
      background: { color: '#f8f9fb' },
      panning: { enabled: true, eventTypes: ['leftMouseDown'] },
      mousewheel: { enabled: true, modifiers: ['ctrl', 'meta'], minScale: 0.1, maxScale: 3 },
      interacting: () => (readOnly ? { nodeMovable: false, magnetConnectable: false } : true),
      connecting: {
        allowBlank: false, allowLoop: false, allowNode: true, allowEdge: false, allowPort: false, allowMulti: true,
        highlight: true, snap: { radius: 30 },
        createEdge: () => this.graph.createEdge({ attrs: { line: { stroke: '#1c7ed6', strokeDasharray: '4 3', targetMarker: 'classic' } } }),
        validateConnection: ({ sourceCell, targetCell }) => !!targetCell && targetCell !== sourceCell
          && targetCell.getData()?.kind === 'node' && sourceCell.getData()?.kind === 'node',
      },
    });
    if (!readOnly) {
      // Shift+drag on the background draws a rubber band, Ctrl/Cmd+click adds to the selection; selected nodes move together.
      this.graph.use(new Selection({
        enabled: true, multiple: true, rubberband: true, modifiers: 'shift', movable: true, strict: false,
        showNodeSelectionBox: false, showEdgeSelectionBox: false,
        filter: (cell) => cell.isNode() && cell.getData()?.kind === 'node',
      }));
      this.graph.on('selection:changed', ({ selected }) => this.selectMany(selected.map((c) => c.id)));
    }
    this.wire();
    this.graph.on('scale', () => this.levelOfDetail());
    store.addEventListener('reset', () => this.renderAll());
    store.addEventListener('change', (e) => this.update(e.detail));
    store.addEventListener('analysis', (e) => this.showAnalysis(e.detail));
  }

  wire() {
    const g = this.graph;
    g.on('cell:click', ({ cell }) => this.select(cell.id, true));
    g.on('blank:click', () => this.select(null, true));
    g.on('node:moved', ({ node }) => this.moved(node));
    g.on('edge:connected', ({ edge, isNew }) => {
      if (!isNew) return;
      const source = edge.getSourceCellId();
      const target = edge.getTargetCellId();
      edge.remove();
      if (source && target) this.onEdit(flowOps(this.store, source, target));
    });
  }

  renderAll() {
    const s = this.store;
    const t0 = performance.now();
    this.auto = autoLayout(s);
    const cells = [];
    const zones = [];
    for (const el of s.elements.values()) {
      const kind = diagramKind(s, el);
      if (kind === 'zone' || kind === 'boundary') zones.push(this.createNode(el, kind));
    }
    const nodes = [];
    for (const el of s.elements.values()) if (diagramKind(s, el) === 'node') nodes.push(this.createNode(el, 'node'));
    const edges = [];
    const ids = new Set([...zones, ...nodes].map((n) => n.id));
    for (const el of s.elements.values()) {
      if (diagramKind(s, el) === 'flow' && ids.has(el.values.source) && ids.has(el.values.target)) edges.push(this.createEdge(el));
    }
    // zone membership as cell metadata, so the first render already nests (no re-parenting afterwards)
    const zoneCells = new Map(zones.map((z) => [z.id, z]));
    for (const n of nodes) {
      const z = effectiveZone(s, s.get(n.id));
      const zc = z && zoneCells.get(z);
      if (zc) {
        n.setProp('parent', zc.id, { silent: true });
        zc.setProp('children', [...(zc.getProp('children') || []), n.id], { silent: true });
      }
    }
    cells.push(...zones, ...nodes, ...edges);
    if (this.multi.size && this.graph.cleanSelection) this.graph.cleanSelection();
    this.multi = new Set();
    this.graph.resetCells(cells);
    this.fit();
    this.renderMillis = performance.now() - t0;
    let finished = false;
    const done = () => {
      if (finished) return;
      finished = true;
      // for the benchmarks: when the (asynchronous) rendering of every cell has finished, since navigation start
      window.__tlRender = { cells: cells.length, nodes: nodes.length + zones.length, edges: edges.length,
        millis: performance.now() - t0, at: performance.now() };
    };
    if (!cells.length || !this.graph.options.async) requestAnimationFrame(done);
    else {
      this.graph.once('render:done', () => requestAnimationFrame(done));
      setTimeout(done, 10000);
    }
    if (this.selected && this.graph.getCellById(this.selected)) this.paint(this.graph.getCellById(this.selected));
    if (s.analysis) this.showAnalysis(s.analysis);
  }

  box(el) {
    return this.store.layout[el.id] || this.auto[el.id] || { x: 40, y: 40, w: 150, h: 54 };
  }

  createNode(el, kind) {
    const b = this.box(el);
    if (kind === 'node') {
      const group = this.store.meta.groupOf[el.type] || 'other';
      return this.graph.createNode({
        id: el.id, shape: 'tl-node', x: b.x, y: b.y, width: b.w || 150, height: b.h || 54, zIndex: 10,
        data: { kind },
        attrs: {
          stripe: { fill: COLORS[group] || COLORS.other },
          kind: { text: typeLabel(el.type) },
          label: { text: truncate(el.name || el.id, 22) },
        },
      });
    }
    const boundary = kind === 'boundary';
    return this.graph.createNode({
      id: el.id, shape: 'tl-zone', x: b.x, y: b.y, width: b.w || 300, height: b.h || 180, zIndex: boundary ? 0 : 1,
      data: { kind },
      attrs: {
        body: boundary ? { stroke: '#c92a2a', fill: 'rgba(201,42,42,0.03)', strokeDasharray: '10 5' } : {},
        label: { text: (boundary ? 'Trust boundary: ' : 'Zone: ') + truncate(el.name || el.id, 40), fill: boundary ? '#a61e1e' : '#1864ab' },
      },
    });
  }

  createEdge(el) {
    return this.graph.createEdge({
      id: el.id, source: { cell: el.values.source }, target: { cell: el.values.target }, zIndex: 5,
      data: { kind: 'flow' },
      attrs: { line: { stroke: '#6b7785', strokeWidth: 1.4, targetMarker: { name: 'classic', size: 7 } } },
      labels: el.name && this.store.elements.size < 600 ? [{ attrs: { label: { text: truncate(el.name, 24), fontSize: 10, fill: '#495057' } } }] : [],
    });
  }

  /** Zone members move with their zone. */
  parent(node) {
    const el = this.store.get(node.id);
    if (!el) return;
    const z = effectiveZone(this.store, el);
    const parent = z ? this.graph.getCellById(z) : null;
    const current = node.getParent();
    if (parent && current !== parent) parent.addChild(node);
    else if (!parent && current) current.removeChild(node);
  }

  update({ ids, removed, layoutIds }) {
    const s = this.store;
    this.graph.batchUpdate(() => {
      for (const id of removed) this.graph.removeCell(id);
      for (const id of ids) {
        const el = s.get(id);
        if (!el) continue;
        const kind = diagramKind(s, el);
        let cell = this.graph.getCellById(id);
        if (!kind) {
          if (cell) cell.remove();
          continue;
        }
        if (kind === 'flow') {
          if (cell) cell.remove();
          if (this.graph.getCellById(el.values.source) && this.graph.getCellById(el.values.target)) this.graph.addEdge(this.createEdge(el));
          continue;
        }
        if (!cell) {
          if (!s.layout[id]) this.auto[id] = this.auto[id] || { x: 40, y: 40, w: 150, h: 54 };
          cell = this.graph.addNode(this.createNode(el, kind));
        } else if (kind === 'node') {
          cell.setAttrByPath('label/text', truncate(el.name || el.id, 22));
        } else {
          cell.setAttrByPath('label/text', (kind === 'boundary' ? 'Trust boundary: ' : 'Zone: ') + truncate(el.name || el.id, 40));
        }
        if (kind === 'node') this.parent(cell);
      }
      for (const id of layoutIds) {
        const b = s.layout[id];
        const cell = this.graph.getCellById(id);
        if (b && cell && cell.isNode()) {
          const p = cell.getPosition();
          const size = cell.getSize();
          if (p.x !== b.x || p.y !== b.y) cell.setPosition(b.x, b.y, { deep: false, silent: false });
          if (b.w && b.h && (size.width !== b.w || size.height !== b.h)) cell.resize(b.w, b.h);
        }
      }
    });
    if (this.selected && !s.get(this.selected)) this.select(null, false);
    if (s.analysis) this.showAnalysis(s.analysis);
  }

  /**
   * A node was dragged, and the others of a multiple selection with it. X6 may report 'node:moved' for each of them
   * in the same gesture: they are gathered and saved as one edit once the gesture's events are through.
   */
  moved(node) {
    for (const id of this.multi.has(node.id) ? this.multi : [node.id]) this.pendingMoves.add(id);
    if (this.moveTimer) return;
    this.moveTimer = setTimeout(() => {
      const ids = [...this.pendingMoves];
      this.pendingMoves.clear();
      this.moveTimer = null;
      this.saveMoves(ids);
    }, 0);
  }

  /**
   * One edit for the nodes among `ids` that moved (their box differs from the stored or automatic one), with their
   * contents and zone membership; nothing when none moved.
   */
  saveMoves(ids) {
    const ops = [];
    const done = new Set();
    const push = (n) => {
      if (done.has(n.id)) return;
      done.add(n.id);
      const p = n.getPosition();
      const z = n.getSize();
      const value = { x: Math.round(p.x), y: Math.round(p.y), w: z.width, h: z.height };
      const el = this.store.get(n.id);
      const was = el && this.box(el);
      if (was && was.x === value.x && was.y === value.y && (was.w || z.width) === z.width && (was.h || z.height) === z.height) return;
      ops.push({ op: 'replace', element: n.id, feature: '@layout', value });
    };
    const moving = ids.map((id) => this.graph.getCellById(id)).filter((c) => c && c.isNode());
    for (const n of moving) {
      push(n);
      for (const d of n.getDescendants()) if (d.isNode()) push(d);
    }
    if (!ops.length) return;
    for (const n of moving) {
      const el = this.store.get(n.id);
      if (el && n.getData()?.kind === 'node' && this.store.isA(el.type, 'Node')) ops.push(...this.membership(n, el));
    }
    this.onEdit(ops);
  }

  /** The multiple selection (rubber band, Ctrl/Cmd+click): outlined like the selection; `selectedIds` lists it. */
  selectMany(ids) {
    const before = this.multi;
    this.multi = new Set(ids);
    for (const id of new Set([...before, ...ids])) {
      const cell = this.graph.getCellById(id);
      if (cell) this.paint(cell);
    }
    if (this.onSelectMany) this.onSelectMany(ids);
  }

  /** Makes `ids` the selection once their cells are drawn (after the server's change arrives), e.g. pasted copies. */
  selectWhenDrawn(ids, tries = 60) {
    if (!ids.length) return;
    if (ids.every((id) => this.graph.getCellById(id))) {
      if (this.graph.resetSelection) this.graph.resetSelection(ids);
      this.select(ids[0], true);
      return;
    }
    if (tries > 0) setTimeout(() => this.selectWhenDrawn(ids, tries - 1), 50);
  }

  /** What Delete and Copy act on: the multiple selection when there is one, else the selected cell. */
  selectedIds() {
    if (this.multi.size > 1) return [...this.multi];
    return this.selected ? [this.selected] : [];
  }

  /** Dropping a node into a zone sets its zone; dropping it into a trust boundary makes it a member. */
  membership(node, el) {
    const c = node.getBBox().getCenter();
    const under = (kind) => this.graph.getNodes()
      .filter((n) => n.getData()?.kind === kind && n.id !== node.id && n.getBBox().containsPoint(c))
      .sort((a, b) => a.getBBox().width * a.getBBox().height - b.getBBox().width * b.getBBox().height)[0];
    const ops = [];
    const zone = under('zone');
    const current = (el.values || {}).zone || null;
    if (!el.container || el.container === this.store.rootId) {
      if (zone && zone.id !== current) ops.push({ op: 'replace', element: el.id, feature: 'zone', value: zone.id });
      else if (!zone && current) ops.push({ op: 'remove', element: el.id, feature: 'zone' });
    }
    const tb = under('boundary');
    if (tb && !zone && boundaryOf(this.store, el) !== tb.id) ops.push({ op: 'add', element: tb.id, feature: 'members', value: el.id });
    return ops;
  }

  select(id, fromUser) {
    const prev = this.selected && this.graph.getCellById(this.selected);
    if (prev) this.paint(prev);
    this.selected = id;
    const cell = id && this.graph.getCellById(id);
    if (cell) this.paint(cell);
    if (fromUser) this.onSelect(id);
  }

  focusOn(id) {
    const cell = id && this.graph.getCellById(id);
    if (cell && cell.isNode()) this.graph.centerCell(cell);
    else if (cell) this.graph.centerPoint(cell.getBBox().getCenter().x, cell.getBBox().getCenter().y);
  }

  /** Shows the whole diagram (never above 100 %). */
  fit() {
    this.graph.zoomToFit({ padding: 30, maxScale: 1 });
    this.levelOfDetail();
  }

  /** Zooms by a factor around the centre of the view. */
  zoomBy(factor) {
    this.graph.zoomTo(Math.min(3, Math.max(0.05, this.graph.zoom() * factor)));
  }

  /**
   * Level of detail: below 30 % text is under 4 px and unreadable, and drawing it is most of what a frame costs in a
   * large diagram (a drag of a node with 11 flows in 500 nodes / 1,000 edges went from 22 to 50+ fps without it), so
   * the container gets `lod-far` and the stylesheet leaves out texts and arrowheads. `onZoom` reports the level.
   */
  levelOfDetail() {
    const scale = this.graph.zoom();
    const far = scale < LOD_FAR;
    this.graph.container.classList.toggle('lod-far', far);
    if (this.onZoom) this.onZoom({ scale, far });
  }

  /** Brings every cell of `ids` into view, readable: zooms to their bounding box (never above 100 %), or to 80 % around a single one. */
  showAll(ids) {
    const cells = ids.map((id) => this.graph.getCellById(id)).filter((c) => c && c.isNode());
    if (cells.length < 2) {
      if (this.graph.zoom() < 0.8) this.graph.zoomTo(0.8);
      this.focusOn(ids[0]);
      return;
    }
    const box = cells.map((c) => c.getBBox()).reduce((a, b) => a.union(b));
    this.graph.zoomToRect(box.inflate(60), { maxScale: 1, minScale: 0.2 });
  }

  /** Workshop presence: outlines (violet, dotted) the elements other participants are editing. */
  showEditors(byElement) {
    const before = this.editors;
    this.editors = byElement;
    for (const id of new Set([...before.keys(), ...byElement.keys()])) {
      const cell = this.graph.getCellById(id);
      if (cell) this.paint(cell);
    }
  }

  /** Outline: selection (blue), highlighted path (orange), edited by someone else (violet dotted), validation error (red dashed), plain. */
  paint(cell) {
    const id = cell.id;
    if (cell.isEdge()) {
      const hot = this.highlighted.has(id);
      cell.setAttrByPath('line/stroke', id === this.selected ? '#1c7ed6' : hot ? '#e8590c' : '#6b7785');
      cell.setAttrByPath('line/strokeWidth', id === this.selected || hot ? 3 : 1.4);
      return;
    }
    if (cell.getData()?.kind !== 'node') return;
    let stroke = '#8a97a6';
    let width = 1.5;
    let dash = null;
    if (this.invalid.has(id)) { stroke = '#e03131'; width = 2; dash = '5 3'; }
    if (this.editors.has(id)) { stroke = '#7048e8'; width = 3; dash = '2 2'; }
    if (this.highlighted.has(id)) { stroke = '#e8590c'; width = 3; dash = null; }
    if (id === this.selected || this.multi.has(id)) { stroke = '#1c7ed6'; width = 3; dash = null; }
    cell.setAttrByPath('body/stroke', stroke);
    cell.setAttrByPath('body/strokeWidth', width);
    cell.setAttrByPath('body/strokeDasharray', dash);
  }

  /** Threat badges (open threats per element) and validation markers. */
  showAnalysis(a) {
    if (!a) return;
    const counts = new Map();
    for (const t of a.threats) if (t.status === 'OPEN') counts.set(t.element.id, (counts.get(t.element.id) || 0) + 1);
    const invalid = new Set(a.validation.filter((f) => f.severity === 'error' && f.element).map((f) => f.element));
    const touched = new Set([...this.badges.keys(), ...counts.keys(), ...this.invalid, ...invalid]);
    this.invalid = invalid;
    this.graph.batchUpdate(() => {
      for (const id of touched) {
        const cell = this.graph.getCellById(id);
        if (!cell || !cell.isNode() || cell.getData()?.kind !== 'node') continue;
        const n = counts.get(id) || 0;
        if ((this.badges.get(id) || 0) !== n) {
          cell.setAttrByPath('badge/visibility', n ? 'visible' : 'hidden');
          cell.setAttrByPath('badgeText/visibility', n ? 'visible' : 'hidden');
          cell.setAttrByPath('badgeText/text', n > 99 ? '99+' : String(n));
        }
        this.paint(cell);
      }
    });
    this.badges = counts;
  }

  /** Highlights an attack path (elements and flows), e.g. a formal-check counterexample. */
  highlight(ids) {
    const before = this.highlighted;
    this.highlighted = new Set(ids);
    for (const id of new Set([...before, ...ids])) {
      const cell = this.graph.getCellById(id);
      if (cell) this.paint(cell);
    }
  }

  viewCenter() {
    const r = this.graph.getGraphArea();
    return { x: Math.round(r.x + r.width / 3), y: Math.round(r.y + r.height / 3) };
  }
}

/** The edit that draws a flow between two nodes. */
export function flowOps(store, source, target) {
  const a = store.label(source);
  const b = store.label(target);
  return [{ op: 'add', feature: 'flows', value: { type: 'DataFlow', name: `${a} → ${b}`.slice(0, 120), source, target } }];
}
