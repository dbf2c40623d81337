// The wasm build of the core, loaded in Node without a browser: it must answer exactly as the
// command-line program does (same JSON contract), for good and bad scenarios, and never throw.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { ROOT, cliReport, cliReportFor } from './helpers.mjs';

// Every preset the widget ships (www/presets/).
const PRESETS = readdirSync(path.join(ROOT, 'www/presets')).map((f) => f.replace(/\.json$/, '')).sort();

describe('the wasm core', () => {
  let core;
  before(async () => {
    // The widget's own wrapper (objects in and out) over the wasm-bindgen module it imports.
    const glue = await import(path.join(ROOT, 'www/pkg/arrest_breakdown.js'));
    glue.initSync({ module: readFileSync(path.join(ROOT, 'www/pkg/arrest_breakdown_bg.wasm')) });
    ({ core } = await import(path.join(ROOT, 'www/lib/core.js')));
  });

  test('every preset, in both languages, as the CLI reports it', () => {
    for (const name of PRESETS) {
      const file = `www/presets/${name}.json`;
      const scenario = JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));
      for (const lang of ['en', 'es']) {
        const expected = cliReport(file, '--lang', lang);
        assert.equal(expected.ok, true, `${name} ${lang} calculates`);
        assert.deepEqual(core.calculate(scenario, lang), expected, `${name} ${lang} (object)`);
        assert.deepEqual(JSON.parse(core.calculateJson(JSON.stringify(scenario), lang)), expected, `${name} ${lang} (text)`);
      }
    }
  });

  test('errors are {field, code, message} objects, as the CLI reports them', () => {
    const cases = [
      { stages: [{ total: 'abc' }] },
      { lang: 'es', stages: [{ total: '100', breakdown: { convicted: '200' } }] },
      { stages: [] },
      { stages: [{ total: 5, misspelt: 1 }] }, // unknown keys are refused, as in a file
    ];
    for (const scenario of cases) {
      const got = core.calculate(scenario);
      assert.equal(got.ok, false);
      for (const e of got.errors) assert.deepEqual(Object.keys(e).sort(), ['code', 'field', 'message']);
      const expected = cliReportFor(scenario);
      // The JSON parser's own wording differs by where it stopped ("at line 1 column 29").
      if (expected.errors[0]?.code === 'invalid_json') {
        assert.equal(got.errors[0].code, 'invalid_json');
        assert.ok(expected.errors[0].message.startsWith(got.errors[0].message));
      } else {
        assert.deepEqual(got, expected);
      }
    }
  });

  test('values that are not scenarios become error reports, not exceptions', () => {
    for (const value of [undefined, null, 42, 'text', [], { stages: 'none' }, { stages: [{ total: NaN }] }]) {
      const got = core.calculate(value, 'es');
      assert.equal(got.ok, false, String(value));
      assert.equal(got.lang, 'es');
      assert.ok(got.errors.length > 0);
    }
    const broken = JSON.parse(core.calculateJson('{"stages": [', 'en'));
    assert.equal(broken.errors[0].code, 'invalid_json');
    assert.equal(broken.errors[0].field, '');
  });

  test('an unknown language code leaves the scenario\'s own language', () => {
    const scenario = { lang: 'es', stages: [{ total: '1.000' }] };
    assert.equal(core.calculate(scenario, 'fr').lang, 'es');
    assert.equal(core.calculate(scenario, 'es-MX').lang, 'es');
    assert.equal(core.contractVersion(), 1);
  });
});
