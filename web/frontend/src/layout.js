// Places elements that have no stored position, deterministically (every client computes the same picture).
// Zones are laid out as boxes in rows, each sized for its members; nodes sit in a grid inside their zone. Rows
// wrap at a width chosen from the total area, so the whole picture is about ASPECT times as wide as high.
export const NODE_W = 150;
export const NODE_H = 54;
const GAP = 24;
const HEADER = 34;
/** Room above the rows of a trust boundary's members for the boundary's own label. */
const BAND = 22;
/** Width : height the zone rows aim for (a landscape editor canvas), so "Fit" shows readable boxes. */
const ASPECT = 1.5;

export function diagramKind(store, el) {
  if (store.isA(el.type, 'Zone')) return 'zone';
  if (store.isA(el.type, 'TrustBoundary')) return 'boundary';
  if (store.isA(el.type, 'DataFlow')) return 'flow';
  if (store.isA(el.type, 'Node')) return 'node';
  if (store.isA(el.type, 'ReviewDecision') || store.isA(el.type, 'Threat') || el.type === 'SystemModel') return null;
  return store.layout[el.id] ? 'node' : null; // other elements appear once placed (e.g. from the palette)
}

/** The zone a node is drawn in: its own, else its enclosing component's. */
export function effectiveZone(store, el) {
  for (let e = el; e; e = store.get(e.container)) {
    if (e.values && e.values.zone) return e.values.zone;
    if (!e.container || e.container === store.rootId) break;
  }
  return null;
}

/** Boundary a node or zone is drawn inside (when not in a zone). */
export function boundaryOf(store, el) {
  for (const b of store.ofType('TrustBoundary')) {
    const v = b.values || {};
    if ((v.members || []).includes(el.id) || (v.zones || []).includes(el.id)) return b.id;
  }
  return null;
}

export function autoLayout(store) {
  const boxes = {};
  const zones = store.ofType('Zone');
  const members = new Map(zones.map((z) => [z.id, []]));
  const loose = [];
  for (const el of store.elements.values()) {
    if (diagramKind(store, el) !== 'node') continue;
    const z = effectiveZone(store, el);
    if (z && members.has(z)) members.get(z).push(el);
    else loose.push(el);
  }
  let x = 0;
  let y = 0;
  let rowH = 0;
  let rowLimit = Infinity;
  const place = (w, h) => {
    if (x > 0 && x + w > rowLimit) {
      x = 0;
      y += rowH + GAP * 2;
      rowH = 0;
    }
    const at = { x, y };
    x += w + GAP * 2;
    rowH = Math.max(rowH, h);
    return at;
  };
  // Members of a trust boundary come first, each boundary's on rows of their own with a band above for its label, so
  // the boundary drawn around them covers only them; then the rest.
  const slotsOf = (list, cols) => {
    const groups = new Map();
    const rest = [];
    for (const el of list) {
      const b = boundaryOf(store, el);
      if (b) groups.set(b, [...(groups.get(b) || []), el]);
      else rest.push(el);
    }
    const slots = new Map();
    const bands = [];
    let slot = 0;
    for (const group of groups.values()) {
      bands.push(slot / cols);
      for (const el of group) slots.set(el.id, slot++);
      if (slot % cols) slot += cols - (slot % cols);
    }
    for (const el of rest) slots.set(el.id, slot++);
    return { slots, count: slot, bands };
  };
  const grid = (list, ox, oy, cols) => {
    const { slots, bands } = slotsOf(list, cols);
    for (const el of list) {
      const i = slots.get(el.id);
      const row = Math.floor(i / cols);
      const band = BAND * bands.filter((r) => r <= row).length;
      if (!store.layout[el.id]) {
        boxes[el.id] = { x: ox + GAP + (i % cols) * (NODE_W + GAP), y: oy + HEADER + band + row * (NODE_H + GAP), w: NODE_W, h: NODE_H };
      }
    }
  };
  const size = (list) => {
    const cols = Math.max(1, Math.ceil(Math.sqrt(list.length * 1.6)));
    const { count, bands } = slotsOf(list, cols);
    const rows = Math.max(1, Math.ceil(count / cols));
    return { cols, w: Math.max(260, cols * (NODE_W + GAP) + GAP), h: HEADER + BAND * bands.length + rows * (NODE_H + GAP) + GAP / 2 };
  };
  const sizes = zones.filter((z) => !store.layout[z.id]).map((z) => size(members.get(z.id)));
  if (loose.length) sizes.push(size(loose));
  const area = sizes.reduce((a, b) => a + (b.w + GAP * 2) * (b.h + GAP * 2), 0);
  rowLimit = Math.max(...sizes.map((b) => b.w), Math.sqrt(area * ASPECT));
  for (const z of zones) {
    const list = members.get(z.id);
    const { cols, w, h } = size(list);
    const stored = store.layout[z.id];
    const at = stored || place(w, h);
    if (!stored) boxes[z.id] = { x: at.x, y: at.y, w, h };
    grid(list, at.x, at.y, cols);
  }
  if (loose.length) {
    const { cols, w, h } = size(loose);
    const at = place(w, h);
    grid(loose, at.x, at.y, cols);
  }
  for (const b of store.ofType('TrustBoundary')) {
    if (store.layout[b.id]) continue;
    const inner = [...((b.values || {}).zones || []), ...((b.values || {}).members || [])]
      .map((id) => store.layout[id] || boxes[id]).filter(Boolean);
    if (inner.length) {
      const x0 = Math.min(...inner.map((r) => r.x)) - 14;
      const y0 = Math.min(...inner.map((r) => r.y)) - 30;
      const x1 = Math.max(...inner.map((r) => r.x + r.w)) + 14;
      const y1 = Math.max(...inner.map((r) => r.y + r.h)) + 14;
      boxes[b.id] = { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
    } else {
      const at = place(300, 180);
      boxes[b.id] = { x: at.x, y: at.y, w: 300, h: 180 };
    }
  }
  return boxes;
}

/** A free spot for one new node near the top left of the visible area. */
export function freeSpot(store, around) {
  const taken = Object.values(store.layout);
  let { x, y } = around;
  for (let i = 0; i < 200; i++) {
    const hit = taken.some((r) => x < r.x + r.w && x + NODE_W > r.x && y < r.y + r.h && y + NODE_H > r.y && r.w <= NODE_W * 1.2);
    if (!hit) break;
    x += NODE_W + GAP;
    if (i % 6 === 5) {
      x = around.x;
      y += NODE_H + GAP;
    }
  }
  return { x, y, w: NODE_W, h: NODE_H };
}
