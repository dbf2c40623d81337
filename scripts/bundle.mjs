// Bundles and minifies the widget for the browser with esbuild: one module per page instead of
// a waterfall of imports, and minified CSS. Run by `./build.sh build` after wasm-bindgen, so the
// bundles carry the generated glue (www/pkg/arrest_breakdown.js); the .wasm itself stays in
// www/pkg/ and is fetched (and preloaded by the pages) beside them.
//
//   www/embed.js            → www/build/embed.js            the embed page (element included)
//   www/index.js            → www/build/index.js            the demo article's page script
//   www/arrest-breakdown.js → www/build/arrest-breakdown.js the element alone, for other pages
//   www/embed-parent.js     → www/build/embed-parent.js     the parent page's resizer (classic)
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
  entryPoints: ['embed.js', 'index.js', 'arrest-breakdown.js'].map((f) => path.join(WWW, f)),
  outdir: OUT,
  format: 'esm',
});
await build({ ...common, entryPoints: [path.join(WWW, 'embed-parent.js')], outdir: OUT, format: 'iife' });
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
  entryPoints: ['arrest-breakdown.css', 'page.css'].map((f) => path.join(WWW, f)),
  outdir: OUT,
  loader: { '.css': 'css' },
});
