// How the matcher resolves URLs built in the file: templates, concatenation, consts, object
// constants, `.replace()` placeholders, helper functions, join, encodeURIComponent, URL objects.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_ID, EXPORT_PARAMS_REF, FIXTURES, baseText, nodeText, onlySite, paramTexts, sitesOf, urlText } from './helpers.js';

const FILE = path.join(FIXTURES, 'inline.ts');

describe('URL built in the sending call', () => {
  it('reads a template literal with a base-URL variable', () => {
    const code = `
      declare const BASE: string; declare const ref: any;
      fetch(\`\${BASE}/prototype/platform/audits/\${ref.auditId}/procedures/\${ref.procedureId}/matrices/\${ref.matrixId}/samples/\${ref.sampleId}/attachments/\${ref.attachmentId}/export\`, { method: 'POST' });
    `;
    const site = onlySite(code);
    expect(site.match.entry.id).toBe(EXPORT_ID);
    expect(site.method).toBe('POST');
    expect(site.client).toBe('fetch');
    expect(paramTexts(site)).toEqual(EXPORT_PARAMS_REF);
    expect(baseText(site)).toBe('{BASE}');
    expect(site.match.builtAt).toBeNull();
    expect(site.match.suffix).toEqual([]);
    expect(nodeText(code, site.node)).toMatch(/^fetch\(/);
    expect(site.options?.type).toBe('ObjectExpression');
    expect(site.opaqueOptions).toBeNull();
  });

  it('reads template pieces spread over lines and joined with +', () => {
    const site = onlySite(`
      declare const BASE: string; declare const a: string, p: string, m: string, s: string, at: string;
      await fetch(
        \`\${BASE}/prototype/platform/audits/\${a}/procedures/\${p}\` +
          '/matrices/' + m + \`/samples/\${s}\` +
          \`/attachments/\${at}/export\`,
        { method: 'post' },
      );
    `);
    expect(site.match.entry.id).toBe(EXPORT_ID);
    expect(site.method).toBe('POST');
    expect(paramTexts(site)).toEqual({ auditId: 'a', procedureId: 'p', matrixId: 'm', sampleId: 's', attachmentId: 'at' });
  });

  it('takes an absolute URL with the Workiva host as base text', () => {
    const site = onlySite(`fetch('https://api.app.wdesk.com/prototype/platform/files/export', { method: 'POST' });`);
    expect(site.match.entry.id).toBe('files-export');
    expect(baseText(site)).toBe('https://api.app.wdesk.com');
    expect(site.match.params).toEqual({});
  });

  it('keeps a query string as the suffix', () => {
    const site = onlySite(`declare const id: string; fetch(\`/prototype/platform/audits/\${id}?expand=all\`);`);
    expect(site.match.entry.id).toBe('audit-by-id');
    expect(site.method).toBe('GET');
    expect(urlText(site)).toBe('/prototype/platform/audits/{id}?expand=all');
    expect(site.match.suffix).toEqual([{ kind: 'text', value: '?expand=all', at: expect.anything() }]);
  });

  it('gives literal ids as literal params', () => {
    const site = onlySite(`fetch('/prototype/platform/files/file-1/export', { method: 'POST' });`);
    expect(site.match.entry.id).toBe('file-export-by-id');
    expect(site.match.params['fileId']).toEqual({ kind: 'literal', value: 'file-1' });
  });

  it('gives a segment mixing text and an expression as a template text without node', () => {
    const site = onlySite(`declare const n: number; fetch(\`/prototype/platform/files/f-\${n}/export\`, { method: 'POST' });`);
    expect(site.match.params['fileId']).toEqual({ kind: 'expression', node: null, text: '`f-${n}`', encoded: false });
  });
});

describe('URL built elsewhere in the file', () => {
  it('follows a const declared after use and reports where the path was written', () => {
    const code = `
      declare const auditId: string;
      export function load() { return fetch(AUDIT_URL); }
      const AUDIT_URL = \`https://api.app.wdesk.com/prototype/platform/audits/\${auditId}\`;
    `;
    const site = onlySite(code);
    expect(site.match.entry.id).toBe('audit-by-id');
    expect(site.method).toBe('GET');
    expect(site.match.builtAt).toEqual({ file: FILE, line: 4, column: 24 });
    expect(paramTexts(site)).toEqual({ auditId: 'auditId' });
    const param = site.match.params['auditId'];
    expect(param?.kind === 'expression' && param.node && nodeText(code, param.node)).toBe('auditId');
  });

  it('follows a single-assignment let, but not a reassigned one', () => {
    expect(onlySite(`declare const id: string; let url = '/prototype/platform/audits/' + id; fetch(url);`).match.entry.id).toBe('audit-by-id');
    expect(onlySite(`declare const id: string; let url; url = '/prototype/platform/audits/' + id; fetch(url);`).match.entry.id).toBe('audit-by-id');
    expect(sitesOf(`declare const id: string; let url = '/prototype/platform/audits/' + id; url = '/other'; fetch(url);`)).toEqual([]);
  });

  it('reads a module-level object constant (PATHS.export), also with as const and nesting', () => {
    const site = onlySite(`
      const API = { paths: { fileExport: '/prototype/platform/files/export' } } as const;
      declare const BASE: string;
      fetch(BASE + API.paths.fileExport, { method: 'POST' });
    `);
    expect(site.match.entry.id).toBe('files-export');
    expect(baseText(site)).toBe('{BASE}');
    expect(site.match.builtAt?.line).toBe(2);
  });

  it('reads a property after a spread and a computed string key', () => {
    const sites = sitesOf(`
      const COMMON = { audit: '/prototype/platform/audits/:auditId' };
      const PATHS = { ...COMMON, ['files']: '/prototype/platform/files/export' };
      declare const id: string;
      fetch(PATHS.audit.replace(':auditId', id));
      fetch(PATHS['files'], { method: 'POST' });
    `);
    expect(sites.map((site) => site.match.entry.id)).toEqual(['audit-by-id', 'files-export']);
    expect(paramTexts(sites[0]!)).toEqual({ auditId: 'id' });
  });

  it('fills :placeholders and {placeholders} by chained .replace() with strings and simple regexes', () => {
    const site = onlySite(`
      const EXPORT = '/prototype/platform/audits/{auditId}/procedures/:procedureId/matrices/:matrixId/samples/:sampleId/attachments/:attachmentId/export';
      declare const ref: any;
      fetch(EXPORT.replace('{auditId}', ref.auditId).replace(/:procedureId/, ref.procedureId).replace(/:matrixId\\b/g, ref.matrixId)
        .replace(':sampleId', String(ref.sampleId)).replace(':attachmentId', encodeURIComponent(ref.attachmentId)), { method: 'POST' });
    `);
    expect(site.match.entry.id).toBe(EXPORT_ID);
    expect(paramTexts(site)).toEqual({ ...EXPORT_PARAMS_REF, attachmentId: 'enc:ref.attachmentId' });
  });

  it('maps a helper function parameters to the call arguments', () => {
    const code = `
      const BASE = 'https://api.app.wdesk.com';
      function exportUrl(a: string, p: string, m: string, s: string, at: string): string {
        return \`\${BASE}/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${at}/export\`;
      }
      declare const ids: any;
      fetch(exportUrl(ids.a, ids.p, ids.m, ids.s, encodeURIComponent(ids.at)), { method: 'POST' });
    `;
    const site = onlySite(code);
    expect(site.match.entry.id).toBe(EXPORT_ID);
    expect(paramTexts(site)).toEqual({ auditId: 'ids.a', procedureId: 'ids.p', matrixId: 'ids.m', sampleId: 'ids.s', attachmentId: 'enc:ids.at' });
    const param = site.match.params['auditId'];
    expect(param?.kind === 'expression' && param.node && nodeText(code, param.node)).toBe('ids.a');
    expect(baseText(site)).toBe('https://api.app.wdesk.com');
    expect(site.match.builtAt?.line).toBe(4);
  });

  it('rewrites a member of a helper parameter to the caller argument (arrow helper, destructured helper)', () => {
    const arrow = onlySite(`
      declare const BASE: string;
      const sampleUrl = (ref: any) => \`\${BASE}/prototype/platform/audits/\${ref.auditId}/procedures/\${ref.procedureId}/matrices/\${ref.matrixId}/samples/\${ref.sampleId}\`;
      declare const current: any;
      fetch(sampleUrl(current));
    `);
    expect(arrow.match.entry.id).toBe('audit-sample-by-id');
    expect(paramTexts(arrow)).toEqual({ auditId: 'current.auditId', procedureId: 'current.procedureId', matrixId: 'current.matrixId', sampleId: 'current.sampleId' });
    expect(arrow.match.params['auditId']).toMatchObject({ node: null });

    const destructured = onlySite(`
      const auditUrl = ({ auditId }: { auditId: string }) => '/prototype/platform/audits/' + auditId;
      declare const audit: any;
      fetch(auditUrl(audit));
      fetch(auditUrl({ auditId: 'A1' }), { method: 'GET' });
    `.replace("fetch(auditUrl(audit));", ''));
    expect(destructured.match.params['auditId']).toEqual({ kind: 'literal', value: 'A1' });
  });

  it('joins an array literal with /', () => {
    const site = onlySite(`
      declare const base: string, id: string;
      fetch([base, 'prototype', 'platform', 'audits', id].join('/'));
    `);
    expect(site.match.entry.id).toBe('audit-by-id');
    expect(baseText(site)).toBe('{base}');
    expect(paramTexts(site)).toEqual({ auditId: 'id' });
  });

  it('reads new URL(path, base), .href, .toString() and a URL object passed on', () => {
    const viaBase = onlySite(`declare const id: string; fetch(new URL(\`/prototype/platform/audits/\${id}\`, 'https://api.eu.wdesk.com'));`);
    expect(viaBase.match.entry.id).toBe('audit-by-id');
    expect(baseText(viaBase)).toBe('https://api.eu.wdesk.com');

    const href = onlySite(`declare const BASE: string; const u = new URL(BASE + '/prototype/platform/files/export'); fetch(u.href, { method: 'POST' });`);
    expect(href.match.entry.id).toBe('files-export');

    const toStr = onlySite(`declare const BASE: string; fetch(new URL(\`\${BASE}/prototype/platform/files/export\`).toString(), { method: 'POST' });`);
    expect(toStr.match.entry.id).toBe('files-export');

    const passed = onlySite(`declare const BASE: string; const url = new URL('prototype/platform/files/export', BASE); fetch(url, { method: 'POST' });`);
    expect(passed.match.entry.id).toBe('files-export');
    expect(baseText(passed)).toBe('{BASE}');
  });

  it('treats the path of a base URL as replaced by a path-absolute input', () => {
    expect(sitesOf(`fetch(new URL('/audits/1/procedures/2/matrices/3/samples/4', 'https://api.app.wdesk.com/prototype/platform'));`)).toEqual([]);
  });

  it('marks encodeURIComponent(x) as an encoded dynamic part of x', () => {
    const code = `declare const id: string; fetch('/prototype/platform/audits/' + encodeURIComponent(id));`;
    const site = onlySite(code);
    const param = site.match.params['auditId'];
    expect(param).toMatchObject({ kind: 'expression', text: 'id', encoded: true });
    expect(param?.kind === 'expression' && param.node && nodeText(code, param.node)).toBe('id');
  });

  it('keeps a binding that holds only unknown values as the dynamic part (the base-URL variable)', () => {
    const code = `
      const BASE_URL = process.env.WORKIVA_API_URL ?? 'https://api.app.wdesk.com';
      declare const id: string;
      fetch(\`\${BASE_URL}/prototype/platform/audits/\${id}\`);
    `;
    const site = onlySite(code);
    const base = site.match.base[0];
    expect(base?.kind).toBe('dynamic');
    expect(base?.kind === 'dynamic' && base.node && nodeText(code, base.node)).toBe('BASE_URL');
  });
});

describe('scoping', () => {
  it('resolves identifiers through the scope manager: a shadowing parameter is not the module const', () => {
    const sites = sitesOf(`
      const URL_PATH = '/prototype/platform/files/export';
      function send(URL_PATH: string) { return fetch(URL_PATH, { method: 'POST' }); }
      fetch(URL_PATH, { method: 'POST' });
    `);
    expect(sites).toHaveLength(1);
    expect(sites[0]?.node.loc.start.line).toBe(4);
  });

  it('does not take a local function named fetch for fetch', () => {
    expect(sitesOf(`
      function fetch(url: string, init?: object) { return url; }
      fetch('/prototype/platform/files/export', { method: 'POST' });
    `)).toEqual([]);
  });

  it('treats a const in an inner scope as that scope only', () => {
    const sites = sitesOf(`
      const path = '/other/api';
      function inner() { const path = '/prototype/platform/files/export'; return fetch(path, { method: 'POST' }); }
      fetch(path, { method: 'POST' });
    `);
    expect(sites).toHaveLength(1);
    expect(sites[0]?.node.loc.start.line).toBe(3);
  });
});

describe('more declarations', () => {
  it('an enum member', () => {
    const site = onlySite(`enum Paths { FilesExport = '/prototype/platform/files/export', Other = '/x' }\nfetch(Paths.FilesExport, { method: 'POST' });`);
    expect(site.match.entry.id).toBe('files-export');
    expect(site.match.builtAt?.line).toBe(1);
  });

  it('a helper written as an object method', () => {
    const site = onlySite(`
      const routes = { audit(id: string) { return '/prototype/platform/audits/' + id; } };
      declare const current: string;
      fetch(routes.audit(current));
    `);
    expect(paramTexts(site)).toEqual({ auditId: 'current' });
  });

  it('a class field or a single constructor assignment (this.client, this.base)', () => {
    const code = `
      import axios from 'axios';
      class Exporter {
        private client = axios.create({ baseURL: 'https://api.app.wdesk.com/prototype/platform' });
        private readonly base: string;
        constructor(base: string) { this.base = base; }
        run() { return this.client.post('/files/export'); }
        audit(id: string) { return fetch(\`\${this.base}/prototype/platform/audits/\${id}\`); }
      }
    `;
    const [post, audit] = sitesOf(code);
    expect(post?.client).toBe('axios');
    expect(post?.match.entry.id).toBe('files-export');
    expect(post?.instance && nodeText(code, post.instance.node)).toBe('this.client');
    expect(audit?.match.entry.id).toBe('audit-by-id');
    const base = audit?.match.base[0];
    expect(base?.kind === 'dynamic' && base.node && nodeText(code, base.node)).toBe('this.base');
  });

  it('a class field assigned twice is unknown', () => {
    expect(
      sitesOf(`
        class C {
          private path = '/prototype/platform/files/export';
          reset() { this.path = '/other'; }
          run() { return fetch(this.path, { method: 'POST' }); }
        }
      `),
    ).toEqual([]);
  });

  it('import x = require(...)', () => {
    const site = onlySite(`import axios = require('axios');\naxios.post('https://api.app.wdesk.com/prototype/platform/files/export');`);
    expect(site.client).toBe('axios');
  });
});
