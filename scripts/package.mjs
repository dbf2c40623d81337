// Stages and packs the npm package `arrest-breakdown` from the built www/ (run `./build.sh build`
// first; `./build.sh package` does both):
//
//   target/npm/arrest-breakdown/            the package as published (npm/package.json's `files`)
//     package.json README.md LICENSE CHANGELOG.md
//     build/arrest-breakdown.js  .d.ts      entry `.`: registers <arrest-breakdown>, exports define
//     build/define.js  .d.ts                entry `./define`: define and the class, registers nothing
//     build/chunk-*.js                      the element and the core's glue, shared by both entries
//     build/arrest-breakdown.css            the widget's stylesheet (fetched beside the module)
//     build/editor-builder.js               the editor's lists, paste and undo (loaded when needed)
//     build/guess.js, lesson.js, classroom.css   the classroom, imported by the element on demand
//     pkg/arrest_breakdown_bg.wasm          the core
//     build/practice.js  .css               the practice panel, fetched when opened (issue 12)
//     pkg-tools/arrest_breakdown_bg.wasm      the core with the tools (exercises, lesson, paste)
//     presets/*.json                        the presets' figures
//   target/npm/arrest-breakdown-VERSION.tgz  `npm pack` of it
//
// The bundles sit one folder below the package root, as www/build/ does below www/, so the
// addresses the modules work out from import.meta.url (lib/core.js) find the wasm and the presets
// unbundled (a <script type="module"> from node_modules or a CDN) and are static strings a
// bundler (Vite) turns into assets. Prints the tarball's path. `--out DIR` stages elsewhere.

import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WWW = path.join(ROOT, 'www');
const NPM = path.join(ROOT, 'npm');

/** The crate's version (Cargo.toml's [package] version), which the package must carry. */
export function cargoVersion() {
  const toml = readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8');
  const m = toml.match(/^\[package\][^[]*?^version\s*=\s*"([^"]+)"/m);
  if (!m) throw new Error('Cargo.toml: no [package] version');
  return m[1];
}

export async function stagePackage(out = path.join(ROOT, 'target/npm')) {
  const manifest = JSON.parse(readFileSync(path.join(NPM, 'package.json'), 'utf8'));
  if (manifest.version !== cargoVersion()) {
    throw new Error(`npm/package.json version ${manifest.version} is not Cargo.toml's ${cargoVersion()}: change both`);
  }
  const wasm = path.join(WWW, 'pkg/arrest_breakdown_bg.wasm');
  if (!existsSync(wasm)) throw new Error('www/pkg/ is not built: run ./build.sh build first');
  const dir = path.join(out, 'arrest-breakdown');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'pkg'), { recursive: true });

  // Same targets as the site's bundles (scripts/bundle.mjs); split, so a page importing both
  // entries gets one class and one core.
  const target = ['es2022', 'chrome100', 'firefox100', 'safari15.4'];
  // wasm-bindgen's glue falls back to `new URL('arrest_breakdown_bg.wasm', import.meta.url)`
  // when given no address; lib/core.js always gives one, but bundled into build/ that fallback
  // names a file that is not there, and Vite warns of it. It is pointed at the real one.
  const glue = {
    name: 'wasm-fallback',
    setup(b) {
      b.onLoad({ filter: /[\\/]pkg[\\/]arrest_breakdown\.js$/ }, (args) => {
        const from = "new URL('arrest_breakdown_bg.wasm', import.meta.url)";
        const js = readFileSync(args.path, 'utf8');
        if (!js.includes(from)) throw new Error(`${args.path}: no ${from}; update scripts/package.mjs`);
        return { contents: js.replace(from, "new URL('../pkg/arrest_breakdown_bg.wasm', import.meta.url)"), loader: 'js' };
      });
    },
  };
  await build({
    plugins: [glue],
    entryPoints: ['arrest-breakdown.js', 'define.js'].map((f) => path.join(WWW, f)),
    outdir: path.join(dir, 'build'),
    bundle: true, splitting: true, format: 'esm', minify: true, target,
    legalComments: 'none', logLevel: 'warning', charset: 'utf8',
  });
  // The editor's builder part, self-contained beside the bundles: the element loads it by
  // address (`new URL('./editor-builder.js', import.meta.url)`, which bundlers copy as an asset).
  await build({
    entryPoints: [path.join(WWW, 'lib/editor-builder.js')], outdir: path.join(dir, 'build'),
    bundle: true, format: 'esm', minify: true, target, legalComments: 'none', logLevel: 'warning', charset: 'utf8',
  });
  // The classroom, imported by the element on demand from build/ (scripts/bundle.mjs).
  await build({
    entryPoints: ['lib/guess.js', 'lib/lesson.js'].map((f) => path.join(WWW, f)), outdir: path.join(dir, 'build'),
    bundle: true, format: 'esm', minify: true, target, legalComments: 'none', logLevel: 'warning', charset: 'utf8',
  });
  await build({
    entryPoints: [path.join(WWW, 'lib/classroom.css')], outdir: path.join(dir, 'build'),
    bundle: true, minify: true, target, loader: { '.css': 'css' }, logLevel: 'warning', charset: 'utf8',
  });
  await build({
    entryPoints: [path.join(WWW, 'arrest-breakdown.css')], outdir: path.join(dir, 'build'),
    bundle: true, minify: true, target, loader: { '.css': 'css' }, logLevel: 'warning', charset: 'utf8',
  });
  copyFileSync(wasm, path.join(dir, 'pkg/arrest_breakdown_bg.wasm'));
  // The practice panel (issue 12), fetched only when a reader opens it: build/practice.js and
  // .css beside the bundles (lib/classroom.js imports it from there) and the classroom's core.
  // A bundler does not follow that import; the panel then says the classroom could not load.
  const classroom = path.join(WWW, 'pkg-tools/arrest_breakdown_bg.wasm');
  if (!existsSync(classroom)) throw new Error('www/pkg-tools/ is not built: run ./build.sh build first');
  await build({
    entryPoints: ['lib/practice.js', 'lib/practice.css'].map((f) => path.join(WWW, f)), outdir: path.join(dir, 'build'),
    bundle: true, format: 'esm', minify: true, target, loader: { '.css': 'css' }, legalComments: 'none', logLevel: 'warning', charset: 'utf8',
  });
  mkdirSync(path.join(dir, 'pkg-tools'), { recursive: true });
  copyFileSync(classroom, path.join(dir, 'pkg-tools/arrest_breakdown_bg.wasm'));
  cpSync(path.join(WWW, 'presets'), path.join(dir, 'presets'), { recursive: true });
  for (const f of ['arrest-breakdown.d.ts', 'define.d.ts']) copyFileSync(path.join(NPM, f), path.join(dir, 'build', f));
  for (const f of ['README.md', 'CHANGELOG.md']) copyFileSync(path.join(NPM, f), path.join(dir, f));
  copyFileSync(path.join(ROOT, 'LICENSE'), path.join(dir, 'LICENSE'));
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return dir;
}

/** `npm pack` of the staged package, into `out`; the tarball's path. */
export function pack(dir, out) {
  const json = execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: dir, encoding: 'utf8' });
  return path.join(out, JSON.parse(json)[0].filename);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  const out = path.resolve(at > 0 ? process.argv[at + 1] : path.join(ROOT, 'target/npm'));
  for (const f of existsSync(out) ? readdirSync(out) : []) if (f.endsWith('.tgz')) rmSync(path.join(out, f));
  const dir = await stagePackage(out);
  console.log(pack(dir, out));
}
