// Pictures of the report's shares: a bar per stage and an icon array for the headline figure.
// Widths and counts come straight from the core (`of_total.tenths`, `per_100`, `per_10`, which
// the core apportions so the parts of a whole add up exactly); nothing is computed here.
// Colour is never the only carrier of meaning: each picture has a text legend, and the table
// below holds every figure.

import { el, svg } from './dom.js';

/** A class naming the colour of a part: its category, or "unaccounted"/"other". */
export function tone(figure) {
  if (figure.category) return `tone-${figure.category}`;
  return figure.kind === 'unaccounted' ? 'tone-unaccounted' : 'tone-other';
}

/** A swatch, then the label and values as one run of text that wraps beside it. */
export function legendItem(swatchClass, label, ...values) {
  const text = el('span', { class: 'legend-text' }, el('span', { class: 'legend-label', text: label }));
  for (const v of values.filter(Boolean)) text.append(' ', el('span', { class: 'legend-value', text: v }));
  return el('li', {}, el('span', { class: `swatch ${swatchClass}`, 'aria-hidden': 'true' }), text);
}

/** A horizontal bar of a stage's parts (which add up to the stage total), with its legend. */
export function stageBar(stage, figuresById, countText) {
  const parts = stage.parts.map((id) => figuresById.get(id)).filter((f) => f?.of_total);
  if (parts.length === 0) return null;
  let x = 0;
  const bar = svg('svg', { class: 'bar', viewBox: '0 0 1000 40', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' });
  for (const f of parts) {
    const width = f.of_total.tenths;
    if (width > 0) bar.append(svg('rect', { class: `seg ${tone(f)}`, 'data-figure': f.id, x, y: 0, width, height: 40 }));
    x += width;
  }
  const legend = el('ul', { class: 'legend' },
    ...parts.map((f) => legendItem(tone(f), f.label, f.of_total.percent, f.count_text)));
  return el('figure', { class: 'stage-visual' },
    el('figcaption', {}, el('span', { class: 'caption-label', text: stage.label }), ' ', el('span', { class: 'caption-value', text: countText })),
    bar, legend);
}

// The last icon arrays drawn, by what they show: a keystroke that leaves the headline's share as
// it was gets a copy (one native clone) instead of a hundred icons built again.
const drawn = new Map();

/** Person-shaped icons in rows of `cols`, the first `filled` of `n` coloured, in reading order. */
function icons(n, filled, toneClass, cols) {
  const key = `${n}/${filled}/${toneClass}/${cols}`;
  if (!drawn.has(key)) {
    if (drawn.size >= 8) drawn.delete(drawn.keys().next().value);
    drawn.set(key, drawIcons(n, filled, toneClass, cols));
  }
  return drawn.get(key).cloneNode(true);
}

/**
 * The path of icons `from` (inclusive) to `to` (exclusive) in rows of `cols`, each person 12 by
 * 20 units: a head (a circle, as two arcs) and shoulders. Also the classroom's (lib/guess.js).
 */
export function iconRun(from, to, cols) {
  let d = '';
  for (let i = from; i < to; i += 1) {
    const cx = (i % cols) * 12 + 6;
    const top = Math.floor(i / cols) * 20;
    d += `M${cx - 3} ${top + 4}a3 3 0 1 0 6 0a3 3 0 1 0-6 0M${cx - 4} ${top + 17.5}v-6a4 4 0 0 1 4-4a4 4 0 0 1 4 4v6z`;
  }
  return d;
}

// Every icon of one kind (coloured, or not) is one path: two elements for a hundred people, so
// the picture costs the page little to parse, lay out and paint. `data-count` and `data-filled`
// say what it shows.
function drawIcons(n, filled, toneClass, cols) {
  const rows = Math.ceil(n / cols);
  const icons = (from, to) => iconRun(from, to, cols);
  return svg('svg', {
    class: `icons icons-${n}`, viewBox: `0 0 ${cols * 12} ${rows * 20}`, 'aria-hidden': 'true', focusable: 'false',
    'data-count': n, 'data-filled': filled,
  },
  filled > 0 ? svg('path', { class: `icon on ${toneClass}`, d: icons(0, filled) }) : null,
  filled < n ? svg('path', { class: 'icon off', d: icons(filled, n) }) : null);
}

/**
 * An icon array for the headline's first figure: as many icons as the core gives its stage
 * (`stage.icons`: 100, filled `per_100`, or 10, filled `per_10`).
 */
export function headlineIcons(report, figuresById, chrome) {
  return figureIcons(report, figuresById.get(report.headline.figures[0]), chrome);
}

/**
 * The same picture for any figure that is a share of its stage (a stage's lead figure). A
 * hundred icons stand in rows of 20, or of 25 where height is short (`compact`, the card).
 */
export function figureIcons(report, figure, chrome, { compact = false } = {}) {
  const stage = figure && report.stages[figure.stage];
  if (!figure?.of_total || !stage) return null;
  // The core says how many icons: 100, or 10 for a stage of fewer than 100 (`stage.icons`).
  const n = stage.icons;
  const filled = n === 100 ? figure.of_total.per_100 : figure.of_total.per_10;
  const toneClass = tone(figure);
  // No caption of its own: it pictures the headline, which sits right above it.
  return el('figure', { class: 'icon-array' },
    icons(n, filled, toneClass, n > 10 ? (compact ? 25 : 20) : 10),
    el('ul', { class: 'legend' },
      // Compact: the percent alone (the headline above says it in words).
      legendItem(`${toneClass}`, figure.label, compact ? null : figure.of_total.one_in, figure.of_total.percent),
      legendItem('swatch-off', chrome.everyoneElse)));
}
