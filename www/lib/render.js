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

// Rates and ratios are not counts of people: their `count` is the count they were worked out
// from, and `value_text` is the figure itself.
const VALUE_KINDS = new Set(['per_day', 'stage_ratio']);

/** Every figure once, grouped by stage, with the core's column headings. */
export function renderTable(report, chrome, id) {
  const L = report.labels;
  const head = el('tr', {},
    el('th', { scope: 'col', text: L.figure }),
    ...[L.count, L.of_total, L.of_parent].map((t) => el('th', { scope: 'col', class: 'num', text: t })),
    el('th', { scope: 'col', text: L.natural }),
    el('th', { scope: 'col', text: L.derived }));
  const bodies = report.stages.map((stage, s) => {
    const rows = report.figures.filter((f) => f.stage === s).map((f) => {
      const value = VALUE_KINDS.has(f.kind) ? f.value_text : f.count_text;
      // For a population, goal or comparison the share is of that reference: `value_text`.
      const share = f.of_total?.percent ?? (VALUE_KINDS.has(f.kind) ? '' : f.value_text ?? '');
      return el('tr', { class: `row-${f.kind}` },
        el('th', { scope: 'row', text: f.label }),
        el('td', { class: 'num', text: value ?? '' }),
        el('td', { class: 'num', text: share }),
        el('td', { class: 'num', text: f.of_parent?.percent ?? '' }),
        el('td', { class: 'words', text: f.of_total?.natural ?? f.of_total?.one_in ?? '' }),
        el('td', { text: f.derived ? chrome.yes : '' }));
    });
    return el('tbody', {},
      el('tr', { class: 'stage-row' }, el('th', { scope: 'rowgroup', colspan: 6, text: stage.label })),
      ...rows);
  });
  // Wide tables scroll sideways on phones; the focusable region lets keyboards scroll too.
  return el('div', { class: 'table-scroll', role: 'region', tabindex: 0, 'aria-labelledby': id },
    el('table', {}, el('caption', { id, text: chrome.allFigures }), el('thead', {}, head), ...bodies));
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
