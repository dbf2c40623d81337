// The widget's sharing buttons: copy the sentence, the link or the embed code; download the CSV
// or the card as an image. The element says what each one gives (its hooks); this holds the
// buttons, the box that offers the text selected where the clipboard is refused, the files
// offered as downloads, and the polite announcement of what happened. Their names are the core's.

import { el, setText } from './dom.js';

/** Each button: what it does (copy text or save a file), its file's name, its name's key in the core's words. */
const BUTTONS = {
  sentence: { copy: true, name: (words) => words.copySentence },
  link: { copy: true, name: (words) => words.copyLink },
  embed: { copy: true, name: (words) => words.copyEmbed },
  csv: { file: 'arrest-breakdown.csv', name: (words) => words.downloadCsv },
  image: { file: 'arrest-breakdown.png', name: (words) => words.downloadImage },
  slides: { file: 'arrest-breakdown-2x.png', name: (words) => words.downloadSlides },
  svg: { file: 'arrest-breakdown.svg', name: (words) => words.downloadSvg },
};

export class ShareButtons {
  #hooks;
  #buttons = {};
  #announce = el('p', { class: 'announce', 'aria-live': 'polite' });
  #copyLabel = el('label', { for: 'ab-copy-box' });
  #copyBox = el('textarea', { id: 'ab-copy-box', readonly: true, rows: '3', spellcheck: 'false' });
  #copyHolder = el('div', { class: 'copy-holder', hidden: true }, this.#copyLabel, this.#copyBox);
  #announceTimer = 0;

  /**
   * @param {object} hooks
   * @param {(kind: 'sentence' | 'link' | 'embed') => string | null | undefined} hooks.text  what a copy button copies
   * @param {(kind: 'csv' | 'image' | 'slides' | 'svg') => Blob | Promise<Blob> | null} hooks.file  what a download button saves
   * @param {() => Record<string, string>} hooks.words  the core's words, in the reader's language
   * @param {() => void} hooks.changed  the widget's content changed (the copy box showed)
   */
  constructor(hooks) {
    this.#hooks = hooks;
    for (const [kind, { copy }] of Object.entries(BUTTONS)) {
      this.#buttons[kind] = el('button', {
        type: 'button', 'data-share': kind, onclick: () => (copy ? this.#copy(hooks.text(kind)) : this.#download(kind)),
      });
    }
    /** The group to lay out: hidden until there is a report to share. */
    this.node = el('div', { class: 'share', role: 'group', hidden: true },
      el('div', { class: 'share-buttons' }, ...Object.values(this.#buttons)), this.#announce, this.#copyHolder);
  }

  /** Names the group and its buttons: the core's words. */
  label(words) {
    this.node.setAttribute('aria-label', words.share);
    for (const [kind, { name }] of Object.entries(BUTTONS)) setText(this.#buttons[kind], name(words));
    setText(this.#copyLabel, words.copyBox);
  }

  /** Copies text, announcing it; where the clipboard is refused, offers it selected instead. */
  async #copy(text) {
    if (!text) return;
    const words = this.#hooks.words();
    this.#copyHolder.hidden = true;
    try {
      await navigator.clipboard.writeText(text);
      this.#say(words.copied);
      return;
    } catch {
      // No clipboard permission (or no secure context): the text, selected, to copy by hand.
    }
    this.#copyBox.value = text;
    this.#copyHolder.hidden = false;
    this.#copyBox.focus();
    this.#copyBox.select();
    let done = false;
    try {
      done = document.execCommand('copy');
    } catch {
      done = false;
    }
    this.#say(done ? words.copied : words.copyManually);
    this.#hooks.changed();
  }

  /** Offers the file the widget made as a download, and says so. */
  async #download(kind) {
    const blob = await this.#hooks.file(kind);
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const link = el('a', { href: url, download: BUTTONS[kind].file, hidden: true });
    this.node.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.#say(this.#hooks.words().downloaded);
  }

  #say(text) {
    // Cleared first so the same word twice is announced twice.
    this.#announce.textContent = '';
    clearTimeout(this.#announceTimer);
    requestAnimationFrame(() => { this.#announce.textContent = text; });
    this.#announceTimer = setTimeout(() => { this.#announce.textContent = ''; }, 4000);
  }
}
