// The text pre-filter: never false for a file with a site, false for ordinary code.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCatalogKeywords, mayContainRequestSites } from '../../src/matcher/index.js';
import { FIXTURES, sitesOf } from './helpers.js';

const inline = path.join(FIXTURES, 'inline.ts');

describe('mayContainRequestSites', () => {
  it('derives its keywords from the catalog paths', () => {
    expect(getCatalogKeywords()).toEqual(['prototype', 'audits']);
  });

  it('is true for a keyword in a URL-like position', () => {
    expect(mayContainRequestSites('fetch(`${BASE}/prototype/platform/files/export`)', inline)).toBe(true);
    expect(mayContainRequestSites("[base, 'prototype', 'platform', 'audits', id].join('/')", inline)).toBe(true);
    expect(mayContainRequestSites('api.post(`/audits/${a}/procedures/${p}`)', inline)).toBe(true);
    expect(mayContainRequestSites("const PREFIX = '/prototype';", inline)).toBe(true);
  });

  it('is false for ordinary code, including prototype and audits as words', () => {
    expect(mayContainRequestSites('Object.prototype.hasOwnProperty.call(a, b); const audits = [];', inline)).toBe(false);
    expect(mayContainRequestSites("if (key === 'prototype') return; fetch('/api/users');", inline)).toBe(false);
    expect(mayContainRequestSites("import { x } from 'lodash';\nexport const y = x;", inline)).toBe(false);
  });

  it('follows relative imports (transitively, through re-exports) to a module that mentions a keyword', () => {
    expect(mayContainRequestSites("import { EXPORT_PATH } from './paths.js';\nfetch(EXPORT_PATH, { method: 'POST' });", inline)).toBe(true);
    expect(mayContainRequestSites("import { ROUTES } from './reexport';\napi.post(ROUTES.export);", inline)).toBe(true);
    expect(mayContainRequestSites("import { FROM_A } from './chain/a.js';\nrequest('POST', FROM_A);", inline)).toBe(true);
    expect(mayContainRequestSites("const { PATHS } = require('./paths');\naxios({ url: PATHS.export, method: 'post' });", inline)).toBe(true);
    expect(mayContainRequestSites("import { US_HOST } from './default-path-missing.js';\nfetch(US_HOST);", inline)).toBe(false);
  });

  it('follows double-quoted relative imports as well as single-quoted ones', () => {
    expect(mayContainRequestSites('import { EXPORT_PATH } from "./paths.js";\nfetch(EXPORT_PATH, { method: "POST" });', inline)).toBe(true);
    expect(mayContainRequestSites('const { ROUTES } = require("./reexport");\napi.post(ROUTES.export);', inline)).toBe(true);
    expect(mayContainRequestSites('import { EXPORT_PATH } from "lodash";\nfetch(EXPORT_PATH, { method: "POST" });', inline)).toBe(false);
  });

  it('does not follow imports of a file that cannot send a request', () => {
    expect(mayContainRequestSites("import { EXPORT_PATH } from './paths.js';\nexport const label = EXPORT_PATH.length;", inline)).toBe(false);
  });

  it("follows imports for any call given an argument: a team's own sender needs no additionalSenders", () => {
    const text = "import { EXPORT_PATH } from './paths.js';\ncallWorkiva(EXPORT_PATH);";
    expect(mayContainRequestSites(text, inline)).toBe(true);
    expect(mayContainRequestSites("import { EXPORT_PATH } from './paths.js';\nexport const ready = init();", inline)).toBe(false);
  });

  it('is false when the imported module mentions no keyword', () => {
    expect(mayContainRequestSites("import { US_HOST } from './plain.js';\nfetch(US_HOST, { method: 'POST' });", inline)).toBe(false);
  });

  it('is true for every positive fixture, and each has the sites its header lists', () => {
    const dir = path.join(FIXTURES, 'positive');
    const files = readdirSync(dir).filter((name) => name.endsWith('.ts'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const name of files) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      const expected = /^\/\/ expected-sites: (.*)$/m.exec(text)?.[1]?.split(',').map((id) => id.trim());
      expect(expected, name).toBeDefined();
      expect(mayContainRequestSites(text, path.join(dir, name)), name).toBe(true);
      expect(sitesOf(text, { file: `positive/${name}` }).map((site) => site.match.entry.id), name).toEqual(expected);
    }
  });
});
