// The classroom's styles (lib/guess.js, lib/lesson.js): adopted into the widget's shadow root
// when the classroom is first shown, so a card that is only read carries none of them. The
// widget's own custom properties (colours, tones) are used as they are.

const CSS = `
.classroom{margin:0 0 1rem}
.guess-question{font-size:1.25rem;font-weight:700;line-height:1.35;margin:0 0 .5rem}
.guess-how{color:var(--ab-muted);margin:0 0 .75rem}
.guess-array{touch-action:none;cursor:pointer;max-width:28rem;border-radius:4px;padding:2px}
.guess-array:focus-visible{outline:3px solid var(--ab-accent);outline-offset:3px}
.guess-array[aria-disabled="true"]{cursor:default}
.guess-icons{max-width:none}
.icon.guess-on{fill:var(--ab-accent)}
.icon.guess-mark{fill:none;stroke:var(--ab-fg);stroke-width:1.6}
.guess-controls{display:flex;flex-wrap:wrap;gap:.75rem;align-items:flex-end;margin-top:.75rem}
.guess-input{display:flex;flex-direction:column;gap:.25rem}
.guess-field{font:inherit;font-size:1.1rem;width:6rem;min-height:44px;box-sizing:border-box;padding:.35rem .5rem;border:1px solid var(--ab-border);border-radius:4px;color:var(--ab-fg);background:var(--ab-bg)}
.guess-field[aria-invalid="true"]{border-color:var(--ab-error);border-width:2px}
.guess-reveal,.lesson-next{background:var(--ab-fg);color:var(--ab-bg);border-color:var(--ab-fg);font-weight:600}
.guess-msg{color:var(--ab-error);margin:.5rem 0 0}
.guess-msg:empty,.guess-result:empty,.guess-verdict:empty{display:none}
.guess-outcome:focus{outline:none}
.guess-result{font-size:1.2rem;font-weight:700;line-height:1.35;margin:1rem 0 .25rem}
.guess-verdict{font-weight:600;margin:0 0 1rem}
.guess-legend{margin:.5rem 0 0}
.swatch.guess-mark{background:none;border:2px solid var(--ab-fg);box-sizing:border-box}
.lesson{container-type:inline-size}
.lesson-step{min-height:7rem}
.lesson-counter{color:var(--ab-muted);font-weight:600;margin:0;font-size:1rem;font-size:clamp(1rem,2.2cqi,1.4rem)}
.lesson-title{font-weight:700;margin:.25rem 0 .5rem;font-size:1.1rem;font-size:clamp(1.05rem,2.6cqi,1.6rem)}
.lesson-text{font-size:1.3rem;font-size:clamp(1.3rem,4.2cqi,2.6rem);line-height:1.3;font-weight:600;font-variant-numeric:tabular-nums;margin:.5rem 0 1rem;overflow-wrap:anywhere}
.lesson-ask{font-size:1.15rem;font-size:clamp(1.15rem,3.4cqi,2rem);font-weight:600;line-height:1.3;margin:.5rem 0 .75rem}
.lesson-choices{display:flex;flex-wrap:wrap;gap:.5rem}
.lesson-choice{font-size:1rem;font-size:clamp(1rem,2.4cqi,1.5rem)}
.lesson-choice:disabled{cursor:default;color:var(--ab-fg)}
.lesson-choice[aria-pressed="true"]{border:3px solid var(--ab-fg);font-weight:700}
.lesson-choice[data-answer="true"]{background:var(--ab-fg);color:var(--ab-bg);font-weight:700}
.lesson-feedback{margin:.75rem 0 0;font-size:1rem;font-size:clamp(1rem,2.4cqi,1.5rem);line-height:1.35}
.lesson-feedback:focus{outline:none}
.lesson-feedback p{margin:.25rem 0}
.lesson-feedback>p:first-child{font-weight:700}
.lesson-rule summary{cursor:pointer;padding:.6rem 0;font-weight:600}
.lesson-picture{display:grid;gap:.75rem;margin:1rem 0}
.lesson-picture .bar.has-lit rect:not(.lit){opacity:.2}
.lesson-nav{display:flex;gap:.75rem;justify-content:space-between}
.lesson-nav button{font-size:1rem;font-size:clamp(1rem,2.4cqi,1.5rem);min-width:7rem}
.lesson-nav button:disabled{opacity:.5;cursor:default}
`;

let sheet = null;

/** Adds the classroom's styles to `root` (a shadow root), once. */
export function adoptClassroomStyles(root) {
  if (!root || !('adoptedStyleSheets' in root)) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
