// The scenario as the reader edits it: which inputs to offer, and writing typed text back into
// the scenario at the same JSON paths the core uses in its error messages
// ("stages[0].breakdown.criminal_history"), so an error finds its input by a plain lookup.

const CATEGORY_KEYS = ['criminal_history', 'convicted', 'pending', 'no_record', 'not_convicted'];

/**
 * The editable counts of a scenario, in reading order: per stage its total, all five breakdown
 * fields (empty ones are absent from the scenario, so a reader can turn "criminal history" into
 * ICE's three categories), each sub-group's count and each place's count.
 * Each is {path, stage, kind: 'total'|'category'|'subgroup'|'place', key?, index?}.
 */
export function editableFields(scenario) {
  const fields = [];
  const stages = Array.isArray(scenario?.stages) ? scenario.stages : [];
  stages.forEach((stage, s) => {
    if (!stage || typeof stage !== 'object') return;
    fields.push({ path: `stages[${s}].total`, stage: s, kind: 'total' });
    for (const key of CATEGORY_KEYS) {
      fields.push({ path: `stages[${s}].breakdown.${key}`, stage: s, kind: 'category', key, optional: true });
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

/** Context and reference fields, offered for every scenario (empty ones are left out of it). */
export const EXTRA_FIELDS = [
  { path: 'context.place', group: 'context', text: true },
  { path: 'context.agency', group: 'context', text: true },
  { path: 'context.period.label', group: 'context', text: true },
  { path: 'context.period.start', group: 'context' },
  { path: 'context.period.end', group: 'context' },
  { path: 'reference.population.count', group: 'population' },
  { path: 'reference.population.label', group: 'population', text: true },
  { path: 'reference.target.per_day', group: 'target' },
  { path: 'reference.target.total', group: 'target' },
  { path: 'reference.target.observed_per_day', group: 'target' },
  { path: 'reference.target.label', group: 'target', text: true },
  { path: 'reference.comparison.count', group: 'comparison' },
  { path: 'reference.comparison.label', group: 'comparison', text: true },
];

export const STAGE_KINDS = ['arrests', 'detentions', 'removals', 'deportations', 'detainers', 'custom'];

/**
 * Writes typed text at a path, making the objects on the way. Empty text removes the key (an
 * optional field left blank is absent, not an empty string), and so do objects left empty.
 * A text given per language ({en, es}) has only the current language's entry replaced.
 */
export function writeAt(obj, path, value, lang) {
  const keys = steps(path);
  const chain = [obj];
  for (const key of keys.slice(0, -1)) {
    const here = chain[chain.length - 1];
    if (here[key] == null || typeof here[key] !== 'object') {
      if (value === '') return;
      here[key] = {};
    }
    chain.push(here[key]);
  }
  const parent = chain[chain.length - 1];
  const last = keys[keys.length - 1];
  const current = parent[last];
  if (lang && current && typeof current === 'object' && !Array.isArray(current)) {
    if (value === '') delete current[lang];
    else current[lang] = value;
    if (Object.keys(current).length === 0) delete parent[last];
  } else if (value === '') {
    delete parent[last];
  } else {
    parent[last] = value;
  }
  // Drop objects emptied on the way (never the scenario itself or an array).
  for (let i = chain.length - 1; i > 0; i--) {
    if (Object.keys(chain[i]).length === 0 && !Array.isArray(chain[i - 1])) delete chain[i - 1][keys[i - 1]];
    else break;
  }
}
