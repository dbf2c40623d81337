// Step through (issue 12): the report's working one step at a time, in type large enough for the
// back of a classroom, with the step's figures lit in the picture and a "What would you say?"
// pause before each hedge decision (about / nearly / just over / more than one in three). The
// steps, the choices, the answer and the rule are the tools' core's (`tools.lesson`, lib/tools.js); this file lays
// them out. Loaded on demand (a dynamic import from the element).
//
// Keys: the arrow keys (Right/Left), Page Down/Up and Home/End move between steps anywhere in
// the lesson; the buttons do the same.

export { adoptClassroomStyles } from './classroom-style.js';
import { el, setText } from './dom.js';
import { loadTools } from './tools.js';
import { figureIcons, stageBar } from './visuals.js';

/**
 * Mounts the lesson. `update({scenario, lang, report, words})` (re)builds it for the figures
 * and language on screen, staying on the same step.
 */
export function mountLesson() {
  let lesson = null;
  let report = null;
  let chrome = null;
  let at = 0;
  const answered = new Map(); // step index → the choice picked (-1: shown without a pick)

  const counter = el('p', { class: 'lesson-counter' });
  const title = el('p', { class: 'lesson-title' });
  const text = el('p', { class: 'lesson-text' });
  const pause = el('div', { class: 'lesson-pause' });
  const live = el('div', { class: 'lesson-step', 'aria-live': 'polite' }, counter, title, pause, text);
  const picture = el('div', { class: 'lesson-picture' });
  const back = el('button', { type: 'button', class: 'lesson-back', onclick: () => go(at - 1) });
  const next = el('button', { type: 'button', class: 'lesson-next', onclick: () => forward() });
  // The buttons right under the step, so a phone does not scroll to them past the picture.
  const node = el('section', { class: 'classroom lesson' }, live, el('div', { class: 'lesson-nav' }, back, next), picture);

  node.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const steps = lesson?.steps.length ?? 0;
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, PageDown: at + 1, PageUp: at - 1, Home: 0, End: steps - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    if (event.key === 'ArrowRight' || event.key === 'PageDown') forward();
    else go(to);
  });

  /** Next: past a pause not yet answered, first the answer; then the next step. */
  function forward() {
    const step = lesson?.steps[at];
    if (step?.pause && !answered.has(at)) {
      answered.set(at, -1);
      render();
      return;
    }
    go(at + 1);
  }

  function go(to) {
    if (!lesson) return;
    const clamped = Math.max(0, Math.min(lesson.steps.length - 1, to));
    if (clamped === at) return;
    at = clamped;
    render();
  }

  function choose(i) {
    answered.set(at, i);
    render();
    node.querySelector('.lesson-feedback')?.focus();
  }

  function render() {
    const step = lesson.steps[at];
    const words = lesson.words;
    setText(counter, step.counter);
    setText(title, step.title);
    const waiting = step.pause && !answered.has(at);
    setText(text, waiting ? '' : step.text);
    text.hidden = waiting;
    pause.replaceChildren(...(step.pause ? renderPause(step.pause, words, answered.get(at)) : []));
    // A button that goes disabled under the focus would drop it to the page: it moves to the
    // other button, so the keys keep working.
    const focused = node.getRootNode().activeElement;
    back.disabled = at === 0;
    next.disabled = at === lesson.steps.length - 1 && !waiting;
    if (focused === back && back.disabled) next.focus();
    if (focused === next && next.disabled) back.focus();
    setText(back, words.back);
    setText(next, words.next);
    picture.replaceChildren(...renderPicture(step));
  }

  /** The question and its choices; once picked (or skipped), right or not, and why. */
  function renderPause(p, words, picked) {
    const nodes = [
      el('p', { class: 'lesson-ask', text: `${words.what_would_you_say} ${p.question}` }),
      el('div', { class: 'lesson-choices', role: 'group', 'aria-label': words.what_would_you_say },
        ...p.choices.map((choice, i) => el('button', {
          type: 'button', class: 'lesson-choice', 'data-choice': i, text: choice,
          'aria-pressed': String(picked === i),
          'data-answer': picked !== undefined && i === p.answer ? 'true' : null,
          disabled: picked !== undefined,
          onclick: () => choose(i),
        }))),
    ];
    if (picked !== undefined) {
      const right = picked === p.answer;
      nodes.push(el('div', { class: `lesson-feedback ${right ? 'right' : 'wrong'}`, tabindex: '-1' },
        el('p', { text: right ? words.right : `${words.not_quite} ${p.choices[p.answer]}.` }),
        el('p', { class: 'lesson-why', text: p.why }),
        el('details', { class: 'lesson-rule' }, el('summary', { text: words.rule_heading }), el('p', { text: p.rule }))));
    }
    return nodes;
  }

  /** The step's stages as bars with its figures lit, and its first share as icons. */
  function renderPicture(step) {
    const byId = new Map(report.figures.map((f) => [f.id, f]));
    const lit = new Set(step.highlight);
    const stages = new Set(step.highlight.map((id) => byId.get(id)?.stage).filter((s) => s != null));
    if (step.stage != null) stages.add(step.stage);
    const nodes = [];
    const share = step.highlight.map((id) => byId.get(id)).find((f) => f?.of_total);
    if (share) nodes.push(figureIcons(report, share, chrome, { compact: true }));
    for (const s of stages) {
      const stage = report.stages[s];
      const bar = stage && stageBar(stage, byId, byId.get(`${stage.id}.total`)?.count_text ?? '');
      if (!bar) continue;
      for (const rect of bar.querySelectorAll('rect[data-figure]')) rect.classList.toggle('lit', lit.has(rect.dataset.figure));
      bar.querySelector('svg.bar')?.classList.toggle('has-lit', lit.size > 0);
      nodes.push(bar);
    }
    return nodes.filter(Boolean);
  }

  // The steps are the tools' core's (lib/tools.js), loaded with this module: the reader's core
  // (`core`) has no lesson in it.
  let tools = null;
  let waiting = null;

  function update(next) {
    if (!tools) {
      const first = !waiting;
      waiting = next;
      if (first) {
        loadTools().then((t) => {
          tools = t;
          update(waiting);
        }, (err) => console.error('arrest-breakdown: the lesson did not load', err));
      }
      return;
    }
    const fresh = tools.lesson(next.scenario, next.lang);
    if (!fresh.ok) return;
    const sameFigures = lesson && lesson.steps.length === fresh.steps.length;
    lesson = fresh;
    report = next.report;
    chrome = next.words;
    node.setAttribute('aria-label', lesson.words.lesson);
    if (!sameFigures) {
      at = 0;
      answered.clear();
    }
    render();
  }

  return { node, update, get step() { return at; } };
}
