// The diagram's shapes: element nodes (with a threat badge and a connector to draw flows), zone and
// trust-boundary containers. Labels are SVG text set by X6 as text content.
import { Graph } from '@antv/x6';

export const COLORS = {
  cloud: '#1c7ed6', IoT: '#2b8a3e', hardware: '#862e9c', 'supply chain': '#e67700', security: '#495057', other: '#5c6b7a',
};

let registered = false;

export function registerShapes() {
  if (registered) return;
  registered = true;
  Graph.registerNode('tl-node', {
    inherit: 'rect',
    markup: [
      { tagName: 'rect', selector: 'body' },
      { tagName: 'rect', selector: 'stripe' },
      { tagName: 'text', selector: 'kind' },
      { tagName: 'text', selector: 'label' },
      { tagName: 'circle', selector: 'badge' },
      { tagName: 'text', selector: 'badgeText' },
      { tagName: 'circle', selector: 'connector' },
    ],
    attrs: {
      body: { refWidth: '100%', refHeight: '100%', rx: 6, ry: 6, fill: '#ffffff', stroke: '#8a97a6', strokeWidth: 1.5 },
      stripe: { width: 5, refHeight: '100%', rx: 2, fill: '#5c6b7a' },
      kind: { refX: 12, refY: 13, fontSize: 10, fill: '#66737f', textAnchor: 'start', textVerticalAnchor: 'middle' },
      label: { refX: 12, refY: 33, fontSize: 12, fill: '#16202b', textAnchor: 'start', textVerticalAnchor: 'middle', fontWeight: 600 },
      badge: { refX: '100%', refY: 0, r: 10, fill: '#c92a2a', stroke: '#fff', strokeWidth: 1.5, visibility: 'hidden' },
      badgeText: { refX: '100%', refY: 0, fontSize: 10, fill: '#fff', textAnchor: 'middle', textVerticalAnchor: 'middle',
        fontWeight: 700, visibility: 'hidden', pointerEvents: 'none' },
      connector: { refX: '100%', refY: '50%', r: 5, fill: '#fff', stroke: '#1c7ed6', strokeWidth: 1.5, magnet: true, cursor: 'crosshair' },
    },
  }, true);
  Graph.registerNode('tl-zone', {
    inherit: 'rect',
    markup: [
      { tagName: 'rect', selector: 'body' },
      { tagName: 'text', selector: 'label' },
    ],
    attrs: {
      body: { refWidth: '100%', refHeight: '100%', rx: 10, ry: 10, fill: 'rgba(28,126,214,0.05)', stroke: '#1c7ed6',
        strokeWidth: 1.5, strokeDasharray: '6 4' },
      label: { refX: 12, refY: 16, fontSize: 12, fill: '#1864ab', textAnchor: 'start', textVerticalAnchor: 'middle', fontWeight: 700 },
    },
  }, true);
}

export function truncate(s, n) {
  const t = s == null ? '' : String(s);
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
}
