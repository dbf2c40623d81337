// The widget's words are the core's (src/phrase/en.rs, es.rs: `core.editor`): outside the
// pre-load table in www/lib/i18n.js, no script in www/ holds a word a reader reads. This reads
// every string literal and template text in www/*.js and www/lib/*.js and fails on any that
// looks like prose — letters and a space between words, or a capitalized word, or a word in
// Spanish — unless it is code: a selector, class names, an attribute, a path, a MIME type, a
// file name, CSS, a console note for the page's author.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const WWW = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../www');
const files = [
  ...readdirSync(WWW).filter((f) => f.endsWith('.js')),
  ...readdirSync(path.join(WWW, 'lib')).filter((f) => f.endsWith('.js')).map((f) => `lib/${f}`),
];

/** The string literals of a script (quotes and template texts), with their line, comments skipped. */
function literals(source) {
  const found = [];
  let line = 1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\n') line++;
    else if (c === '/' && source[i + 1] === '/') { while (i < source.length && source[i] !== '\n') i++; line++; }
    else if (c === '/' && source[i + 1] === '*') { const end = source.indexOf('*/', i + 2); line += source.slice(i, end).split('\n').length - 1; i = end + 1; }
    else if (c === '/' && /[(,=:[!&|?{};]\s*$/.test(source.slice(Math.max(0, i - 20), i))) {
      // A regular expression literal: skipped, with its classes.
      for (i++; i < source.length && source[i] !== '/'; i++) { if (source[i] === '\\') i++; else if (source[i] === '[') while (source[++i] !== ']') if (source[i] === '\\') i++; }
    } else if (c === "'" || c === '"' || c === '`') {
      let text = '';
      const start = line;
      for (i++; i < source.length && source[i] !== c; i++) {
        if (source[i] === '\\') { text += source[++i]; continue; }
        if (c === '`' && source[i] === '$' && source[i + 1] === '{') {
          // An interpolation stands in the text as a placeholder word.
          let depth = 0;
          for (; i < source.length; i++) { if (source[i] === '{') depth++; else if (source[i] === '}' && --depth === 0) break; }
          text += 'X';
          continue;
        }
        if (source[i] === '\n') line++;
        text += source[i];
      }
      found.push({ text, line: start });
    }
  }
  return found;
}

// Code, not words: what a literal may be.
const CODE = [
  /^[a-z_$][\w$-]*$|^[A-Z][A-Z0-9_]*$|^[A-Z][a-z0-9]*[A-Z][\w]*$/, // an identifier, key, class, attribute, tag, type
  /^(?:[.#]?[a-z][\w-]*(?:\[[^\]]*\])?(?:[:.#][\w-]+(?:\([^)]*\))?)*[\s>,+~]*)+$/, // a CSS selector
  /^(?:[a-zX][\w-]*\s?)+$/, // class names ("field field-kind", "icon on ${tone}")
  /^(?:[\w\s"-]+,\s*)+(?:sans-serif|serif|monospace)$/, // a font stack
  /^[MmLlHhVvCcSsQqTtAaZzX\d\s.,-]+$/, // SVG path data
  /^[\w./-]+\.(?:js|css|json|wasm|html|png|svg|csv)$/, // a file or path
  /^[a-z]+\/[\w.+-]+(?:;\s*charset=[\w-]+)?$/, // a MIME type
  /^https?:/, // an address
  /^(?:Escape|Enter|Tab|Home|End|PageUp|PageDown|Arrow(?:Left|Right|Up|Down))$/, // a key's name
  /^[\w./-]*\/$/, // a folder
];

const PROSE = /[A-Za-zÀ-ÿ]{2,}[ \u00a0][A-Za-zÀ-ÿ]{2,}|^[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,}|[áéíóúñ¿¡…]/;

const isCode = (text) => CODE.some((pattern) => pattern.test(text));

// The words kept on purpose: the pre-load table (i18n.js: loading, could not load, the
// language buttons), and notes for a page's author in the console, never shown to a reader.
const ALLOWED_FILES = new Set(['lib/i18n.js']);
const CONSOLE = /console\.(?:error|warn|log)\(|new Error\(|Promise\.reject\(/;

test('the scripts in www/ hold no words for the reader outside the pre-load table', () => {
  const prose = [];
  for (const file of files) {
    if (ALLOWED_FILES.has(file)) continue;
    const source = readFileSync(path.join(WWW, file), 'utf8');
    const lines = source.split('\n');
    for (const { text, line } of literals(source)) {
      const t = text.trim();
      if (!t || isCode(t) || !PROSE.test(t)) continue;
      if (CONSOLE.test(lines[line - 1]) || CONSOLE.test(lines[line - 2] ?? '')) continue;
      prose.push(`${file}:${line}: ${JSON.stringify(text)}`);
    }
  }
  assert.deepEqual(prose, [], 'words for the reader belong to the core (src/phrase/), or to lib/i18n.js before it loads');
});

test('the scan finds words where there are words', () => {
  const sample = `const a = 'Adjust the numbers'; const b = "Copiado"; const c = \`Reset \${x} figures\`;
    // 'Not this comment'
    const d = 'field field-kind'; const e = '.ab > legend[data-group]'; const f = 'presets/x.json';`;
  const prose = literals(sample).map((l) => l.text.trim()).filter((t) => t && !isCode(t) && PROSE.test(t));
  assert.deepEqual(prose, ['Adjust the numbers', 'Copiado', 'Reset X figures']);
  // The pre-load table itself is seen as prose: only its file is let off.
  const table = readFileSync(path.join(WWW, 'lib/i18n.js'), 'utf8');
  assert.ok(literals(table).some((l) => PROSE.test(l.text) && !isCode(l.text)), 'i18n.js has words');
});
