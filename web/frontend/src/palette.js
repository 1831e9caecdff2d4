// The palette: every creatable element type of the metamodel, grouped by domain. Click adds the element near
// the top left of the view; dragging it onto the diagram drops it there.
import { h } from './dom.js';
import { typeLabel } from './labels.js';

export function renderPalette(meta, { onAdd, canEdit }) {
  const root = h('nav', { class: 'palette', id: 'palette', 'aria-label': 'Palette' }, h('h2', null, 'Palette'));
  for (const [group, types] of Object.entries(meta.palette)) {
    const items = types.map((type) => h('button', {
      class: 'palette-item', type: 'button', draggable: canEdit ? 'true' : 'false', disabled: !canEdit,
      dataset: { type }, title: meta.classes[type].doc || typeLabel(type),
      onclick: () => onAdd(type, null),
      ondragstart: (e) => e.dataTransfer.setData('application/x-threatloom-type', type),
    }, h('span', { class: 'swatch grp-' + group.replace(/\W/g, '') }), typeLabel(type)));
    root.append(h('details', { open: group === 'IoT' || group === 'security' }, h('summary', null, `${group} (${types.length})`), ...items));
  }
  return root;
}

/** Lets palette items be dropped onto the diagram container. */
export function acceptDrops(container, diagram, onAdd) {
  container.addEventListener('dragover', (e) => {
    if (e.dataTransfer.types.includes('application/x-threatloom-type')) e.preventDefault();
  });
  container.addEventListener('drop', (e) => {
    const type = e.dataTransfer.getData('application/x-threatloom-type');
    if (!type) return;
    e.preventDefault();
    const p = diagram.graph.clientToLocal(e.clientX, e.clientY);
    onAdd(type, { x: Math.round(p.x), y: Math.round(p.y) });
  });
}
