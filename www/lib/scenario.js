// The mechanics of editing a scenario: reading and writing typed text at the JSON paths the
// core names its inputs and messages by ("stages[0].breakdown.criminal_history"), so an error
// finds its input by a plain lookup. Which inputs there are, and their labels, is the core's
// (`core.editor`).

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

/** Reporter text given once or per language ({en, es}): the part an input shows. */
export function textIn(text, lang) {
  if (typeof text === 'string') return text;
  if (text && typeof text === 'object') return text[lang] || text.en || text.es || '';
  return '';
}

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
