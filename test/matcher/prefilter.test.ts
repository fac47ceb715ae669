// The text pre-filter: never false for a file with a site, false for ordinary code.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCatalogKeywords, mayContainRequestSites } from '../../src/matcher/index.js';
import { bytesMayContainRequestSites } from '../../src/matcher/prefilter-bytes.js';
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

describe('bytesMayContainRequestSites', () => {
  const sources = (directory: string): string[] =>
    readdirSync(directory, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.[cm]?[jt]sx?$/.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name));

  it('is true for every file mayContainRequestSites keeps, among all the matcher and codemod fixtures', () => {
    const files = [...sources(FIXTURES), ...sources(path.join(FIXTURES, '../rules')), ...sources(path.join(FIXTURES, '../../../codemods/__testfixtures__'))];
    expect(files.length).toBeGreaterThan(50);
    let kept = 0;
    for (const file of files) {
      const bytes = readFileSync(file);
      if (!mayContainRequestSites(bytes.toString('latin1'), file)) continue;
      kept++;
      expect(bytesMayContainRequestSites(bytes, file), file).toBe(true);
    }
    expect(kept).toBeGreaterThan(20);
  });

  it('is true for a keyword or a relative import, in UTF-8 or latin1 bytes, and false for code with neither', () => {
    expect(bytesMayContainRequestSites(Buffer.from('const p = "é/prototype/platform";', 'utf8'), inline)).toBe(true);
    expect(bytesMayContainRequestSites(Buffer.from("const a = '/audits'; // ü", 'latin1'), inline)).toBe(true);
    expect(bytesMayContainRequestSites(Buffer.from("import { x } from './paths.js';\nfetch(x);"), inline)).toBe(true);
    expect(bytesMayContainRequestSites(Buffer.from('const { x } = require("../paths");\nfetch(x);'), inline)).toBe(true);
    expect(bytesMayContainRequestSites(Buffer.from("import { x } from 'lodash';\nfetch(`/api/${x}`, { method: 'POST' });"), inline)).toBe(false);
    expect(mayContainRequestSites("import { x } from 'lodash';\nfetch(`/api/${x}`, { method: 'POST' });", inline)).toBe(false);
  });

  it('is true for an import through an alias of the file’s tsconfig paths or package.json imports, and only there', () => {
    const aliased = path.join(FIXTURES, '../rules/aliased-app/src/jobs/export-job.ts');
    const code = "import { SAMPLE_ATTACHMENT_EXPORT as P } from '@/config/endpoints';\nfetch(P, { method: 'POST' });";
    expect(mayContainRequestSites(code, aliased)).toBe(true);
    expect(bytesMayContainRequestSites(Buffer.from(code), aliased)).toBe(true);
    expect(bytesMayContainRequestSites(Buffer.from("import { p } from '#lib/paths';\nfetch(p(), { method: 'POST' });"), aliased)).toBe(true);
    expect(bytesMayContainRequestSites(Buffer.from(code), inline)).toBe(false);
  });
});
