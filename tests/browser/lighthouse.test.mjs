// Lighthouse's accessibility, best-practices and SEO categories on the demo article and the embed
// pages: each must score 100. These three are deterministic (performance is not, and stays a
// figure of `./build.sh bench`). Lighthouse has its own package, scripts/lighthouse, which
// `./build.sh test` installs; run on Debian's Chromium (CHROME_PATH, else /usr/bin/chromium)
// against the local server, and refused when a request leaves it.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { ROOT, startServer } from './helpers.mjs';

const LIGHTHOUSE_DIR = path.join(ROOT, 'scripts/lighthouse/node_modules');
const ENTRY = path.join(LIGHTHOUSE_DIR, 'lighthouse/core/index.js');
const CATEGORIES = ['accessibility', 'best-practices', 'seo'];
const PAGES = [
  'index.html',
  'embed.html?preset=los-angeles',
  'embed.html?preset=national&lang=es&mode=full',
  'embed/en/los-angeles.html',
  'embed/es/operation-safe-city.html',
];

/** Every audit of a category that scored below 1, one line each. */
function failures(lhr, category) {
  return lhr.categories[category].auditRefs
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
    .map((audit) => `${audit.id}: ${audit.title}`);
}

describe('Lighthouse: accessibility, best practices, SEO', { skip: !existsSync(ENTRY) && 'Lighthouse not installed: npm ci --prefix scripts/lighthouse (./build.sh test does)' }, () => {
  let server;
  let chrome;
  let lighthouse;
  before(async () => {
    ({ default: lighthouse } = await import(pathToFileURL(ENTRY)));
    const chromeLauncher = await import(pathToFileURL(path.join(LIGHTHOUSE_DIR, 'chrome-launcher/dist/index.js')));
    server = await startServer();
    chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic'],
    });
  });
  after(async () => {
    await chrome?.kill();
    await server?.stop();
  });

  for (const page of PAGES) {
    test(page, async () => {
      const { lhr } = await lighthouse(server.url(page), { port: chrome.port, logLevel: 'error', onlyCategories: CATEGORIES });
      assert.equal(lhr.runtimeError, undefined, lhr.runtimeError?.message);
      const away = (lhr.audits['network-requests']?.details?.items || []).map((r) => r.url)
        .filter((u) => /^https?:/.test(u) && !u.startsWith(server.origin));
      assert.deepEqual(away, [], 'requests left the local server');
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(lhr.categories[c].score * 100)]));
      console.log(`  ${page}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}`);
      for (const c of CATEGORIES) assert.equal(scores[c], 100, `${page} ${c}: ${failures(lhr, c).join('; ')}`);
    });
  }
});
