// Writes X6's core stylesheet to a file so the bundle ships it as CSS: the strict CSP forbids the <style> element
// X6 would otherwise inject at run time (Config.autoInsertCSS is turned off in diagram.js); the selection plugin's
// stylesheet (rubber band) is appended.
import { mkdirSync, writeFileSync } from 'node:fs';
import { content } from '@antv/x6/es/style/raw.js';
import { content as selection } from '@antv/x6/es/plugin/selection/style/raw.js';

mkdirSync(new URL('../src/generated/', import.meta.url), { recursive: true });
writeFileSync(new URL('../src/generated/x6.css', import.meta.url), `${content}\n${selection}`);
