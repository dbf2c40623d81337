// Lays out a Report. Every string shown here is the core's (sentences, labels, formatted
// numbers); the only words of our own are the chrome passed in (captions like "All figures").

import { el } from './dom.js';
import { figureIcons, headlineIcons, stageBar } from './visuals.js';

export function figureMap(report) {
  return new Map(report.figures.map((f) => [f.id, f]));
}

/** Pictures: the headline's icon array, then one bar per stage that has parts. */
export function renderVisuals(report, chrome) {
  const byId = figureMap(report);
  const nodes = [headlineIcons(report, byId, chrome)];
  for (const stage of report.stages) nodes.push(stageBar(stage, byId, byId.get(`${stage.id}.total`)?.count_text ?? ''));
  return nodes.filter(Boolean);
}

/** The sentences the core chose for the card (`report.key`), in its order. */
export function renderKey(report) {
  return report.key.map((k) => {
    const [[list, index]] = Object.entries(k);
    const s = report[list][index];
    return el('p', { class: `sentence key kind-${s.kind}`, 'data-code': s.code ?? null, text: s.text });
  });
}

/**
 * The card's pictures, one per stage that has one: the headline's figure for the first stage,
 * each later stage's lead figure for the others (both shares of their stage).
 */
export function stagePictures(report) {
  const byId = figureMap(report);
  const leads = [report.headline, ...report.details.filter((s) => s.kind === 'lead')];
  return report.stages.flatMap((stage, s) => {
    const figure = leads.map((l) => byId.get(l.figures[0])).find((f) => f?.stage === s && f.of_total);
    return figure ? [{ label: stage.label, figure }] : [];
  });
}

/** One stage's picture for the card. */
export function renderStagePicture(report, picture, chrome) {
  return figureIcons(report, picture.figure, chrome, { compact: true });
}

export function renderDetails(report) {
  return report.details.map((s) => el('p', { class: `sentence kind-${s.kind}`, text: s.text }));
}

export function renderCaveats(report, headingLevel) {
  if (report.caveats.length === 0) return [];
  return [
    el(`h${headingLevel}`, { class: 'section-title', text: report.labels.caveats }),
    el('ul', { class: 'caveats' }, ...report.caveats.map((c) => el('li', { 'data-code': c.code ?? '', text: c.text }))),
  ];
}

/**
 * The core's table of figures (`report.table`) laid out: every cell is the core's, decided once
 * for this, the pre-rendered page and the CSV. `chrome` is no longer read; the signature stays.
 */
export function renderTable(report, chrome, id) {
  const t = report.table;
  const [first, ...rest] = t.columns;
  const head = el('tr', {},
    el('th', { scope: 'col', text: first }),
    ...rest.map((text, i) => el('th', { scope: 'col', class: i < 3 ? 'num' : null, text })));
  const bodies = t.sections.map((section) => el('tbody', {},
    el('tr', { class: 'stage-row' }, el('th', { scope: 'rowgroup', colspan: t.columns.length, text: section.heading })),
    ...section.rows.map((r) => el('tr', { class: `row-${r.kind}` },
      el('th', { scope: 'row', text: r.label }),
      el('td', { class: 'num', text: r.count }),
      el('td', { class: 'num', text: r.of_total }),
      el('td', { class: 'num', text: r.of_parent }),
      el('td', { class: 'words', text: r.natural }),
      el('td', { text: r.derived_text })))));
  // Wide tables scroll sideways on phones; the focusable region lets keyboards scroll too.
  return el('div', { class: 'table-scroll', role: 'region', tabindex: 0, 'aria-labelledby': id },
    el('table', {}, el('caption', { id, text: t.caption }), el('thead', {}, head), ...bodies));
}

/** "Show the working": each figure's steps, as a teacher would write them on a board. */
export function renderWorking(report, open) {
  return el('details', { class: 'working', open },
    el('summary', { text: report.labels.working }),
    ...(report.working ?? []).map((block) => el('div', { class: 'working-block', 'data-figure': block.figure },
      el('p', { class: 'working-title', text: block.title }),
      el('ol', {}, ...block.steps.map((step) => el('li', { text: step }))))));
}

export function renderSource(report) {
  const src = report.source;
  if (!src || (!src.text && !src.url)) return [];
  const parts = [el('span', { class: 'source-label', text: src.label }), ' '];
  if (src.text) parts.push(src.text);
  // The core passes on http(s) addresses only; the link still opens outside the article.
  if (src.url) parts.push(' ', el('a', { href: src.url, rel: 'noopener noreferrer', target: '_blank', text: src.url }));
  return [el('p', { class: 'source' }, ...parts)];
}
