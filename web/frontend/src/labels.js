// Display names of metamodel class names: "OtaUpdateService" -> "OTA update service". The class name itself stays
// the identifier everywhere (data attributes, API); only the text people read changes.
const ACRONYMS = new Set(['ota', 'tee', 'hsm', 'ip', 'pcb', 'ic', 'puf', 'osat']);

export function typeLabel(type) {
  const words = String(type).split(/(?<=[a-z])(?=[A-Z])/);
  return words
    .map((w, i) => (ACRONYMS.has(w.toLowerCase()) ? w.toUpperCase() : i === 0 ? w : w.toLowerCase()))
    .join(' ');
}
