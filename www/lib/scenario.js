// The scenario as the reader edits it: which inputs to offer, and writing typed text back into
// the scenario at the same JSON paths the core uses in its error messages
// ("stages[0].breakdown.criminal_history"), so an error finds its input by a plain lookup.

const CATEGORY_KEYS = ['criminal_history', 'convicted', 'pending', 'no_record', 'not_convicted'];

/**
 * The editable counts of a scenario, in reading order: per stage its total, the breakdown
 * fields it has, each sub-group's count and each place's count.
 * Each is {path, stage, kind: 'total'|'category'|'subgroup'|'place', key?, index?}.
 */
export function editableFields(scenario) {
  const fields = [];
  const stages = Array.isArray(scenario?.stages) ? scenario.stages : [];
  stages.forEach((stage, s) => {
    if (!stage || typeof stage !== 'object') return;
    fields.push({ path: `stages[${s}].total`, stage: s, kind: 'total' });
    const breakdown = stage.breakdown && typeof stage.breakdown === 'object' ? stage.breakdown : {};
    for (const key of CATEGORY_KEYS) {
      if (key in breakdown) fields.push({ path: `stages[${s}].breakdown.${key}`, stage: s, kind: 'category', key });
    }
    (Array.isArray(stage.subgroups) ? stage.subgroups : []).forEach((_, g) => {
      fields.push({ path: `stages[${s}].subgroups[${g}].count`, stage: s, kind: 'subgroup', index: g });
    });
    (Array.isArray(stage.places) ? stage.places : []).forEach((_, p) => {
      fields.push({ path: `stages[${s}].places[${p}].count`, stage: s, kind: 'place', index: p });
    });
  });
  return fields;
}

function steps(path) {
  return [...path.matchAll(/([A-Za-z_]+)|\[(\d+)\]/g)].map((m) => (m[1] !== undefined ? m[1] : Number(m[2])));
}

export function getAt(obj, path) {
  return steps(path).reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

/** Sets a value at a path that exists (the inputs are built from the scenario itself). */
export function setAt(obj, path, value) {
  const keys = steps(path);
  const last = keys.pop();
  const parent = keys.reduce((o, k) => (o == null ? undefined : o[k]), obj);
  if (parent != null && typeof parent === 'object') parent[last] = value;
}

/** A count as the input shows it: typed text as is; a JSON number as its digits. */
export function rawText(value) {
  if (value == null) return '';
  return typeof value === 'string' ? value : String(value);
}

/** Reporter text given once or per language ({en, es}), for input labels before any report. */
export function textIn(text, lang) {
  if (typeof text === 'string') return text;
  if (text && typeof text === 'object') return text[lang] || text.en || text.es || '';
  return '';
}
