// The classroom's styles (lib/classroom.css), fetched and adopted into the widget's shadow root
// when a guess or a lesson is first shown, so a card that is only read carries none of them.
// './classroom.css' beside this module: www/lib/ unbundled, build/ bundled (scripts/bundle.mjs).

const STYLESHEET = new URL('./classroom.css', import.meta.url);

let sheet = null;

/** Adds the classroom's styles to `root` (a shadow root), once; resolves when they apply. */
export function adoptClassroomStyles(root) {
  if (!root || !('adoptedStyleSheets' in root)) return Promise.resolve();
  if (!sheet) {
    sheet = fetch(STYLESHEET)
      .then((res) => (res.ok ? res.text() : Promise.reject(new Error(`classroom CSS: HTTP ${res.status}`))))
      .then((css) => {
        const s = new CSSStyleSheet();
        s.replaceSync(css);
        return s;
      });
    sheet.catch(() => { sheet = null; });
  }
  return sheet.then((s) => {
    if (!root.adoptedStyleSheets.includes(s)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, s];
  });
}
