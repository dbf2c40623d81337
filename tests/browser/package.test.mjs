// The npm package (scripts/package.mjs, `./build.sh package`), as a user gets it: the tarball
// `npm pack` writes, unpacked into a fresh project's node_modules (offline, as `npm install`
// would place it), then (1) a page with no bundler importing the module from node_modules, and
// (2) a fresh Vite project bundling it (the repo's pinned vite), each loaded in Chromium: the
// headline renders, and a figure edited recalculates. Also: its version is Cargo.toml's.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT, launchBrowser } from './helpers.mjs';
import { cargoVersion, pack, stagePackage } from '../../scripts/package.mjs';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };

/** A static server for one folder, on a free port. */
async function serve(dir) {
  const server = createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, url: (p = '') => `${origin}/${p}`, stop: () => new Promise((resolve) => server.close(resolve)) };
}

/** A project folder with the tarball unpacked as node_modules/arrest-breakdown. */
function project(root, name, tarball) {
  const dir = path.join(root, name);
  const into = path.join(dir, 'node_modules/arrest-breakdown');
  mkdirSync(into, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', into, '--strip-components=1']);
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name, private: true, type: 'module', dependencies: { 'arrest-breakdown': `file:${tarball}` } }, null, 2)}\n`);
  return dir;
}

/** Opens `url`: the headline renders, then an edit of the first total changes it. */
async function headlineAndEdit(browser, server, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  const origins = new Set();
  page.on('request', (req) => origins.add(new URL(req.url()).origin));
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()); });
  page.on('pageerror', (err) => problems.push(err.message));
  page.on('response', (res) => { if (res.status() >= 400) problems.push(`${res.status()} ${res.url()}`); });
  try {
    await page.goto(server.url(url));
    const widget = page.locator('arrest-breakdown');
    await page.waitForFunction(() => document.querySelector('arrest-breakdown')?.state === 'ready', null, { timeout: 20000 });
    const first = (await widget.locator('.headline').textContent()).trim();
    assert.match(first, /\d/, 'a headline with figures');
    const edited = page.evaluate(() => new Promise((resolve) => {
      document.querySelector('arrest-breakdown').addEventListener('arrest-breakdown-edit', (e) => resolve(e.detail), { once: true });
    }));
    await widget.locator('input[data-path="stages[0].total"]').fill('100000');
    assert.deepEqual(await edited, { cause: 'input', path: 'stages[0].total', lang: 'en' });
    const second = (await widget.locator('.headline').textContent()).trim();
    assert.notEqual(second, first, 'the headline recalculated');
    assert.ok(await page.evaluate(() => document.querySelector('arrest-breakdown').shadowRoot.adoptedStyleSheets.length > 0), 'its stylesheet adopted');
    assert.deepEqual(problems, []);
    assert.deepEqual([...origins].filter((o) => o !== server.origin && o !== 'null'), []);
    return { first, second };
  } finally {
    await context.close();
  }
}

const PAGE = (script) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Package test</title><link rel="icon" href="data:,">${script}</head>
<body><main><arrest-breakdown preset="los-angeles" lang="en" mode="editor"></arrest-breakdown></main></body></html>
`;

describe('the npm package', () => {
  let tmp;
  let tarball;
  let browser;
  before(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'arrest-breakdown-package-'));
    tarball = pack(await stagePackage(path.join(tmp, 'staging')), tmp);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  test('its version is Cargo.toml\'s, with a CHANGELOG entry', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'npm/package.json'), 'utf8'));
    assert.equal(manifest.version, cargoVersion());
    assert.match(readFileSync(path.join(ROOT, 'npm/CHANGELOG.md'), 'utf8'), new RegExp(`^## ${manifest.version.replace(/\./g, '\\.')}\\b`, 'm'));
    assert.equal(path.basename(tarball), `arrest-breakdown-${manifest.version}.tgz`);
  });

  test('the tarball holds the element, its wasm, CSS, presets, types, README and licence', () => {
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').map((f) => f.replace(/^package\//, ''));
    for (const f of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'build/arrest-breakdown.js', 'build/arrest-breakdown.d.ts',
      'build/define.js', 'build/define.d.ts', 'build/arrest-breakdown.css', 'pkg/arrest_breakdown_bg.wasm',
      'presets/los-angeles.json', 'presets/national.json', 'presets/operation-safe-city.json',
      // The classroom, imported by the element on demand (issue 12).
      'build/guess.js', 'build/lesson.js', 'build/classroom.css',
      'build/practice.js', 'build/practice.css', 'pkg-tools/arrest_breakdown_bg.wasm']) {
      assert.ok(files.includes(f), `${f} in ${files.join(', ')}`);
    }
    assert.deepEqual(files.filter((f) => !/^(package\.json|README\.md|LICENSE|CHANGELOG\.md|build\/[\w.-]+\.(js|d\.ts|css)|pkg(-tools)?\/arrest_breakdown_bg\.wasm|presets\/[\w-]+\.json)$/.test(f)), []);
    const manifest = JSON.parse(readFileSync(path.join(tmp, 'staging/arrest-breakdown/package.json'), 'utf8'));
    for (const [entry, target] of Object.entries(manifest.exports)) {
      for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
        if (!file.includes('*')) assert.ok(files.includes(file.replace(/^\.\//, '')), `exports ${entry}: ${file}`);
      }
    }
  });

  test('without a bundler: a page imports the module from node_modules', async () => {
    const dir = project(tmp, 'plain', tarball);
    writeFileSync(path.join(dir, 'index.html'), PAGE('<script type="module" src="node_modules/arrest-breakdown/build/arrest-breakdown.js"></script>'));
    // `define` alone, through an import map, registers under another name.
    writeFileSync(path.join(dir, 'define.html'), PAGE(`<script type="importmap">{"imports": {"arrest-breakdown/": "./node_modules/arrest-breakdown/build/"}}</script>
<script type="module">import { define } from 'arrest-breakdown/define.js'; define('arrest-breakdown'); window.defined = true;</script>`));
    const server = await serve(dir);
    try {
      await headlineAndEdit(browser, server, 'index.html');
      await headlineAndEdit(browser, server, 'define.html');
    } finally {
      await server.stop();
    }
  });

  test('with Vite: a fresh project builds and its page works', async () => {
    const dir = project(tmp, 'vite-app', tarball);
    writeFileSync(path.join(dir, 'index.html'), PAGE('<script type="module" src="./main.js"></script>'));
    writeFileSync(path.join(dir, 'main.js'), `import { define, ArrestBreakdown } from 'arrest-breakdown';
if (define() !== ArrestBreakdown) throw new Error('define: not the class');
`);
    const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
    const out = execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    assert.equal(out.trim(), '', 'vite build: no warnings');
    const dist = path.join(dir, 'dist');
    const assets = execFileSync('ls', [path.join(dist, 'assets')], { encoding: 'utf8' });
    assert.match(assets, /\.wasm$/m, 'the wasm an asset of the build');
    assert.match(assets, /\.css$/m, 'the stylesheet an asset of the build');
    const server = await serve(dist);
    try {
      await headlineAndEdit(browser, server, 'index.html');
    } finally {
      await server.stop();
    }
  });
});
