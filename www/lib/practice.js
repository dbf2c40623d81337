// The practice panel (issue 12): exercises made by the core from the figures on show, one
// question at a time, each answer checked by the core, which explains a near miss in the
// reader's language; the working as hints; and a worksheet to print.
//
// Loaded only when a reader opens it (lib/classroom.js), with the tools' build of the core
// (lib/tools.js, pkg-tools/: the core with the exercises and the checker), so no page is heavier before
// the reader acts. Every word, answer and message is the core's (docs/contract.md,
// "Exercises"); this file lays them out, and puts text in with textContent only.

import { el, setText } from './dom.js';
import { preloadWords } from './i18n.js';
import { loadTools, tools } from './tools.js';

const STYLES = new URL('./practice.css', import.meta.url);

const letter = (i) => String.fromCharCode(97 + i);

/** What each holder shows: its language and figures. */
const shown = new WeakMap();

/**
 * Fills `holder` with the practice panel for `scenario` (an object, as the widget calculates it)
 * in `lang`, its title a heading of `headingLevel` (the widget's own, 2–6). `onChange` is called
 * whenever the panel's height may have changed. Resolves to
 * false when the classroom's core could not be loaded or the figures have errors (the holder
 * then says so, in the core's words when it has them).
 */
export async function openPractice(holder, scenario, lang, { headingLevel = 2, onChange = () => {} } = {}) {
  const text = JSON.stringify(scenario) ?? '';
  // The same figures in the same language: the panel stays as it is, at its question.
  const asked = `${lang}\n${text}`;
  if (shown.get(holder) === asked) return true;
  shown.set(holder, asked);
  if (!holder.querySelector(':scope > link[rel="stylesheet"]')) {
    holder.replaceChildren(el('link', { rel: 'stylesheet', href: STYLES.href, onload: onChange }));
  }
  const [styles] = holder.children;
  try {
    await loadTools();
  } catch (err) {
    // Offline, or blocked: say so in the reader's language, and let the next opening try again.
    console.error('arrest-breakdown: the classroom core did not load', err);
    shown.delete(holder);
    holder.replaceChildren(styles, el('p', { class: 'practice-message', role: 'status', text: preloadWords(lang).loadFailed }));
    onChange();
    return false;
  }
  const set = tools.exercises(text, lang);
  if (!set.ok) {
    holder.replaceChildren(styles, el('p', { class: 'practice-message', role: 'status', text: set.errors?.[0]?.message ?? '' }));
    onChange();
    return false;
  }
  const panel = new Panel(set, text, lang, onChange, headingLevel);
  holder.replaceChildren(styles, panel.node);
  onChange();
  return true;
}

class Panel {
  #set; #scenario; #lang; #onChange;
  #at = 0;
  #hints = 0;
  #ui = {};

  constructor(set, scenario, lang, onChange, headingLevel) {
    this.#set = set;
    this.#scenario = scenario;
    this.#lang = lang;
    this.#onChange = onChange;
    const l = set.labels;
    const ui = this.#ui;
    ui.position = el('p', { class: 'practice-position' });
    ui.prompt = el('p', { class: 'practice-prompt', id: 'ab-practice-prompt' });
    ui.answer = el('div', { class: 'practice-answer' });
    ui.check = el('button', { type: 'submit', class: 'practice-check', text: l.check });
    ui.form = el('form', { class: 'practice-form', onsubmit: (e) => { e.preventDefault(); this.#check(); } }, ui.prompt, ui.answer, ui.check);
    ui.message = el('p', { class: 'practice-message', role: 'status' });
    ui.hintButton = el('button', { type: 'button', class: 'practice-hint', text: l.hint, onclick: () => this.#hint() });
    ui.showButton = el('button', { type: 'button', class: 'practice-show', text: l.show_answer, onclick: () => this.#show() });
    ui.hints = el('ol', { class: 'practice-hints', 'aria-label': l.hints });
    ui.expected = el('p', { class: 'practice-expected', hidden: true });
    ui.previous = el('button', { type: 'button', text: l.previous, onclick: () => this.#go(-1) });
    ui.next = el('button', { type: 'button', text: l.next, onclick: () => this.#go(1) });
    ui.print = el('button', { type: 'button', class: 'practice-print', text: l.print, onclick: () => this.#print() });
    ui.sheet = el('div', { class: 'practice-sheet' });
    if (set.questions.length === 0) {
      // Figures with nothing to work out: the core says so, and there is nothing to press.
      this.node = el('section', { class: 'practice', 'aria-label': l.title, lang },
        el(`h${headingLevel}`, { class: 'practice-title', text: l.title }), el('p', { class: 'practice-none', text: l.none }));
      return;
    }
    this.node = el('section', { class: 'practice', 'aria-label': l.title, lang },
      el(`h${headingLevel}`, { class: 'practice-title', text: l.title }),
      ui.position, ui.form, ui.message,
      el('div', { class: 'practice-help' }, ui.hintButton, ui.showButton),
      ui.hints, ui.expected,
      el('div', { class: 'practice-nav' }, ui.previous, ui.next, ui.print),
      ui.sheet);
    this.#render();
  }

  get #question() { return this.#set.questions[this.#at]; }

  #render() {
    const ui = this.#ui;
    const { questions, labels } = this.#set;
    const q = this.#question;
    if (!q) {
      setText(ui.position, '');
      ui.form.hidden = true;
      return;
    }
    const [before, between] = labels.position;
    setText(ui.position, `${before}${this.#at + 1}${between}${questions.length} · ${labels.levels[q.level - 1]}`);
    setText(ui.prompt, q.prompt);
    if (q.kind === 'choice') {
      ui.answer.replaceChildren(el('fieldset', { 'aria-labelledby': 'ab-practice-prompt' },
        ...q.choices.map((c, i) => el('label', { class: 'practice-choice' },
          el('input', { type: 'radio', name: 'ab-practice-choice', value: letter(i) }), `${letter(i)}) ${c}`))));
    } else {
      ui.answer.replaceChildren(
        el('label', { for: 'ab-practice-input', text: labels.your_answer }),
        el('input', {
          id: 'ab-practice-input', type: 'text', autocomplete: 'off', spellcheck: 'false',
          inputmode: q.kind === 'one_in' ? 'text' : 'decimal', 'aria-describedby': 'ab-practice-prompt',
        }));
    }
    setText(ui.message, '');
    ui.message.className = 'practice-message';
    this.#hints = 0;
    ui.hints.replaceChildren();
    ui.hintButton.disabled = q.hints.length === 0;
    ui.expected.hidden = true;
    ui.previous.disabled = this.#at === 0;
    ui.next.disabled = this.#at === questions.length - 1;
    this.#onChange();
  }

  /** What the reader answered: the text typed, or the letter of the choice picked. */
  #answer() {
    if (this.#question.kind === 'choice') return this.#ui.answer.querySelector('input:checked')?.value ?? '';
    return this.#ui.answer.querySelector('input')?.value ?? '';
  }

  #check() {
    const q = this.#question;
    const result = tools.checkAnswer(this.#scenario, this.#lang, q.id, this.#answer());
    const ui = this.#ui;
    setText(ui.message, result.ok ? result.message : (result.errors?.[0]?.message ?? ''));
    ui.message.className = `practice-message ${result.correct ? 'right' : 'not-yet'}`;
    this.#onChange();
  }

  #hint() {
    const hints = this.#question.hints;
    if (this.#hints >= hints.length) return;
    this.#ui.hints.append(el('li', { text: hints[this.#hints] }));
    this.#hints += 1;
    this.#ui.hintButton.disabled = this.#hints >= hints.length;
    this.#onChange();
  }

  #show() {
    const ui = this.#ui;
    setText(ui.expected, `${this.#set.labels.answer} ${this.#question.answer}`);
    ui.expected.hidden = false;
    this.#onChange();
  }

  #go(step) {
    const next = this.#at + step;
    if (next < 0 || next >= this.#set.questions.length) return;
    this.#at = next;
    this.#render();
    this.#ui.prompt.focus?.();
  }

  /**
   * Prints the worksheet: the source, the questions with space to work, and the answer key on
   * a page of its own, laid out from the core's set (what `--format worksheet` prints), with
   * print styles that show it alone.
   */
  #print() {
    const { labels, questions, source } = this.#set;
    const sheet = this.#ui.sheet;
    const byLevel = [1, 2, 3].map((level) => questions.map((q, i) => [q, i]).filter(([q]) => q.level === level)).filter((g) => g.length);
    sheet.replaceChildren(
      el('p', { class: 'ws-title', text: labels.title }),
      source ? el('p', { class: 'ws-source', text: `${source.label} ${source.text ?? source.url ?? ''}` }) : null,
      el('p', { class: 'ws-name', text: labels.name }),
      ...byLevel.map((group) => el('section', {},
        el('p', { class: 'ws-level', text: labels.levels[group[0][0].level - 1] }),
        el('ol', { start: String(group[0][1] + 1) }, ...group.map(([q]) => el('li', { class: `ws-q${q.kind === 'choice' ? ' ws-choice' : ''}` },
          el('p', { text: q.prompt }),
          q.choices ? el('ol', { type: 'a' }, ...q.choices.map((c) => el('li', { text: c }))) : null,
          el('div', { class: 'ws-work', text: labels.working }),
          el('p', { class: 'ws-answer', text: labels.answer })))))),
      el('section', { class: 'ws-key' },
        el('p', { class: 'ws-level', text: labels.answer_key }),
        el('ol', {}, ...questions.map((q) => el('li', {},
          el('p', {}, el('strong', { text: q.answer })),
          el('ul', {}, ...q.hints.map((h) => el('li', { text: h }))))))));
    const root = this.node.getRootNode();
    const host = root.host ?? document.documentElement;
    host.setAttribute('data-printing-worksheet', '');
    const done = () => { host.removeAttribute('data-printing-worksheet'); window.removeEventListener('afterprint', done); };
    window.addEventListener('afterprint', done);
    window.print();
  }
}
