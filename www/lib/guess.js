// Predict, then reveal (issue 12): the reader sets a guess on a picture of 100 people, then
// reveals; the core words how the guess compares ("You guessed 60 in 100; it was about one in
// three (32.9 percent): 27.1 points lower."). Loaded on demand (a dynamic import from the
// element), so a card that is only read never downloads it.
//
// The picture is a slider (role="slider", arrow keys, Page Up/Down, Home/End) that also takes a
// tap or a drag; a number field beside it takes the guess as typed, checked by the core in the
// reader's language. Every word here is the core's (`core.guess`: the question, the words, the
// messages, the comparison).

export { adoptClassroomStyles } from './classroom-style.js';
import { el, setText, svg } from './dom.js';
import { iconRun, legendItem, tone } from './visuals.js';

const COLS = 20; // rows of 20, as the card's picture
const ROWS = 5;

/**
 * Mounts the guess. `core` is the loaded core; `onReveal()` and `onAgain()` tell the element
 * to show or hide the answer around it. `update({scenario, lang, report})` (re)draws for the
 * figures and language on screen, keeping the reader's guess.
 */
export function mountGuess({ core, onReveal, onAgain }) {
  let value = 50;
  let revealed = false;
  let state = null; // {scenario, lang, report}
  let words = null;
  let dragging = false;

  const question = el('p', { class: 'guess-question', id: 'ab-guess-question' });
  const how = el('p', { class: 'guess-how', id: 'ab-guess-how' });
  const picture = svg('svg', { class: 'icons guess-icons', viewBox: `0 0 ${COLS * 12} ${ROWS * 20}`, 'aria-hidden': 'true', focusable: 'false' });
  const legend = el('ul', { class: 'legend guess-legend', hidden: true });
  const slider = el('div', {
    class: 'guess-array', role: 'slider', tabindex: '0', 'aria-valuemin': '0', 'aria-valuemax': '100',
    'aria-labelledby': 'ab-guess-question', 'aria-describedby': 'ab-guess-how',
  }, picture);
  const field = el('input', {
    id: 'ab-guess-field', type: 'text', inputmode: 'numeric', autocomplete: 'off', class: 'guess-field', 'aria-describedby': 'ab-guess-msg',
  });
  const label = el('label', { for: 'ab-guess-field' });
  const message = el('p', { class: 'field-msg guess-msg', id: 'ab-guess-msg', 'aria-live': 'polite' });
  const reveal = el('button', { type: 'button', class: 'guess-reveal', onclick: () => doReveal() });
  const again = el('button', { type: 'button', class: 'guess-again', hidden: true, onclick: () => doAgain() });
  const result = el('p', { class: 'guess-result' });
  const verdict = el('p', { class: 'guess-verdict' });
  const outcome = el('div', { class: 'guess-outcome', role: 'status', tabindex: '-1' }, result, verdict);
  const parts = [question, how, slider, legend,
    el('div', { class: 'guess-controls' }, el('div', { class: 'guess-input' }, label, field), reveal, again),
    message, outcome];
  const node = el('section', { class: 'classroom guess', 'aria-labelledby': 'ab-guess-question' }, ...parts);
  let nothing = false; // the figures give nothing to guess: their reason shows instead

  /** The core's answer for what is typed (or the picture's value). */
  const ask = (typed) => core.guess(state.scenario, typed, state.lang);

  function draw() {
    const answer = revealed ? ask(String(value)).answer : null;
    const figure = state.report.figures.find((f) => f.id === state.report.headline.figures[0]);
    const toneClass = figure ? tone(figure) : 'tone-other';
    const filled = answer ? answer.per_100 : value;
    picture.replaceChildren(
      filled > 0 ? svg('path', { class: `icon on ${revealed ? toneClass : 'guess-on'}`, d: iconRun(0, filled, COLS) }) : null,
      filled < 100 ? svg('path', { class: 'icon off', d: iconRun(filled, 100, COLS) }) : null,
      // After the reveal, the guess stays as outlines over the answer.
      answer && value > 0 ? svg('path', { class: 'icon guess-mark', d: iconRun(0, value, COLS) }) : null,
    );
    slider.setAttribute('aria-valuenow', String(value));
    slider.setAttribute('aria-valuetext', `${value}${words.in_100}`);
    slider.setAttribute('aria-disabled', String(revealed));
    slider.tabIndex = revealed ? -1 : 0;
    field.disabled = revealed;
    reveal.hidden = revealed;
    again.hidden = !revealed;
    legend.hidden = !answer;
    legend.replaceChildren(...(answer && figure
      ? [legendItem(toneClass, figure.label, answer.percent), legendItem('guess-mark', answer.legend)]
      : []));
    if (answer) {
      setText(result, answer.text);
      setText(verdict, answer.verdict_text);
      outcome.dataset.verdict = answer.verdict;
    } else {
      setText(result, '');
      setText(verdict, '');
    }
  }

  /** The guess from the picture or the keys: the field follows. */
  function set(next) {
    if (revealed) return;
    value = Math.max(0, Math.min(100, Math.round(next)));
    field.value = String(value);
    showProblem(null);
    draw();
  }

  function showProblem(problem) {
    setText(message, problem?.message ?? '');
    message.hidden = !problem;
    field.setAttribute('aria-invalid', String(Boolean(problem)));
  }

  /** The icon under a pointer, as a guess: filling up to and including it. */
  function fromPointer(event) {
    const box = picture.getBoundingClientRect();
    const col = Math.min(COLS - 1, Math.max(0, Math.floor(((event.clientX - box.left) / box.width) * COLS)));
    const row = Math.min(ROWS - 1, Math.max(0, Math.floor(((event.clientY - box.top) / box.height) * ROWS)));
    return row * COLS + col + 1;
  }

  slider.addEventListener('pointerdown', (event) => {
    if (revealed) return;
    dragging = true;
    slider.setPointerCapture?.(event.pointerId);
    const at = fromPointer(event);
    // A tap on the last person filled empties it: the way down to 0.
    set(at === value ? at - 1 : at);
    slider.focus();
    event.preventDefault();
  });
  slider.addEventListener('pointermove', (event) => { if (dragging) set(fromPointer(event)); });
  for (const end of ['pointerup', 'pointercancel']) slider.addEventListener(end, () => { dragging = false; });

  slider.addEventListener('keydown', (event) => {
    const step = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 10, PageDown: -10 }[event.key];
    if (step !== undefined) set(value + step);
    else if (event.key === 'Home') set(0);
    else if (event.key === 'End') set(100);
    else return;
    event.preventDefault();
  });

  field.addEventListener('input', () => {
    const { answer, problem } = ask(field.value);
    showProblem(problem);
    if (answer) {
      value = answer.guess;
      draw();
    }
  });
  field.addEventListener('keydown', (event) => { if (event.key === 'Enter') doReveal(); });

  function doReveal() {
    // The field as typed, when it was typed; else the picture's value.
    const outcomeNow = ask(field.value.trim() ? field.value : String(value));
    if (outcomeNow.problem || !outcomeNow.answer) {
      showProblem(outcomeNow.problem);
      field.focus();
      return;
    }
    value = outcomeNow.answer.guess;
    revealed = true;
    draw();
    onReveal?.();
    outcome.focus();
  }

  function doAgain() {
    revealed = false;
    draw();
    onAgain?.();
    slider.focus();
  }

  function update(next) {
    state = next;
    const asked = ask('');
    if (!asked.ok) {
      // Nothing to guess (no exact share in the headline): say why, and show the answer.
      nothing = true;
      node.replaceChildren(el('p', { class: 'status problem', text: asked.errors.map((e) => e.message).join(' ') }));
      onReveal?.();
      return;
    }
    if (nothing) {
      // Figures edited into ones that can be guessed: the guess comes back; the answer stays
      // on screen (the reader is editing it) until "Guess again".
      nothing = false;
      revealed = false;
      node.replaceChildren(...parts);
    }
    words = asked.words;
    setText(question, asked.question);
    setText(how, words.how_to_guess);
    setText(label, words.your_guess);
    setText(reveal, words.reveal);
    setText(again, words.again);
    if (!field.value) field.value = String(value);
    if (field.getAttribute('aria-invalid') === 'true') showProblem(ask(field.value).problem);
    else showProblem(null);
    draw();
  }

  return { node, update, get revealed() { return revealed; } };
}
