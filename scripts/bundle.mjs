// Bundles and minifies the widget for the browser with esbuild: one module per page instead of
// a waterfall of imports, and minified CSS. Run by `./build.sh build` after wasm-bindgen, so the
// bundles carry the generated glue (www/pkg/arrest_breakdown.js); the .wasm itself stays in
// www/pkg/ and is fetched (and preloaded by the pages) beside them.
//
//   www/embed.js            → www/build/embed.js            the embed page (element included)
//   www/index.js            → www/build/index.js            the demo article's page script
//   www/arrest-breakdown.js → www/build/arrest-breakdown.js the element alone, for other pages
//   www/embed-parent.js     → www/build/embed-parent.js     the parent page's resizer (classic)
//   www/builder.js          → www/build/builder.js          the builder page (build.html)
//   www/lib/editor-builder.js → www/build/editor-builder.js  the editor's lists, paste and undo,
//                                                          loaded when the form is first built
//   www/lib/guess.js, lesson.js → www/build/guess.js, lesson.js   the classroom, imported on demand
//   www/*.css               → www/build/*.css
//
// build/ sits one folder below www/, as lib/ does, so the addresses the modules work out from
// import.meta.url (the wasm, the presets, the embed page) hold bundled and unbundled alike.

import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const WWW = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../www');
const OUT = path.join(WWW, 'build');
// Chromium, Firefox and Safari from 2022 on: custom elements, shadow DOM, modules, class fields.
const target = ['es2022', 'chrome100', 'firefox100', 'safari15.4'];
const common = { bundle: true, minify: true, target, legalComments: 'none', logLevel: 'warning', charset: 'utf8' };

await build({
  ...common,
  entryPoints: ['embed.js', 'index.js', 'arrest-breakdown.js', 'builder.js'].map((f) => path.join(WWW, f)),
  outdir: OUT,
  format: 'esm',
});
// The editor's builder part, on its own: the element loads it by address when its form is first
// built (lib/editor.js), so no page's first load carries it.
await build({ ...common, entryPoints: [path.join(WWW, 'lib/editor-builder.js')], outdir: OUT, format: 'esm' });
await build({ ...common, entryPoints: [path.join(WWW, 'embed-parent.js')], outdir: OUT, format: 'iife' });
// The classroom (issue 12): the element imports it only when a guess or a lesson is shown, from
// lib/classroom.js's `new URL('./guess.js', import.meta.url)`, which from the bundles is build/.
await build({ ...common, entryPoints: ['lib/guess.js', 'lib/lesson.js'].map((f) => path.join(WWW, f)), outdir: OUT, format: 'esm' });
// The practice panel (issue 12) and its styles, loaded only when a reader opens it
// (lib/classroom.js imports build/practice.js beside the bundle, lib/practice.js beside itself).
await build({
  ...common,
  entryPoints: ['lib/practice.js', 'lib/practice.css'].map((f) => path.join(WWW, f)),
  outdir: OUT,
  format: 'esm',
  loader: { '.css': 'css' },
});
await build({
  ...common,
  entryPoints: ['arrest-breakdown.css', 'page.css', 'builder.css'].map((f) => path.join(WWW, f)),
  outdir: OUT,
  loader: { '.css': 'css' },
});
await build({ ...common, entryPoints: [path.join(WWW, 'lib/classroom.css')], outdir: OUT, loader: { '.css': 'css' } });
