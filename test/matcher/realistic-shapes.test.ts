// Shapes found in a sweep of real code: string operations on partly-known URLs, object-property
// helpers, conditional paths, methods given through constants and enums, the ways a sender call is
// wrapped (await, then, void, optional calls, type arguments) and CommonJS / namespace imports.
import { describe, expect, it } from 'vitest';
import { EXPORT_ID, EXPORT_PARAMS_REF, baseText, nodeText, onlySite, paramTexts, sitesOf, urlText } from './helpers.js';

const EXPORT_PATH = '/prototype/platform/audits/${ref.auditId}/procedures/${ref.procedureId}/matrices/${ref.matrixId}/samples/${ref.sampleId}/attachments/${ref.attachmentId}/export';
const PRELUDE = 'declare const ref: any; declare const BASE: string;\n';

describe('string operations on partly-known strings', () => {
  it('.slice(1) of a helper result for a ky prefixUrl instance', () => {
    const code = `import ky from 'ky';
const Routes = { sampleAttachmentExport: (a: string, p: string, m: string, s: string, t: string) => \`/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${t}/export\` };
const api = ky.create({ prefixUrl: 'https://api.app.wdesk.com' });
declare const r: any;
await api.post(Routes.sampleAttachmentExport(r.a, r.p, r.m, r.s, r.t).slice(1), { json: { format: 'pdf' } });`;
    const site = onlySite(code);
    expect(site.client).toBe('ky');
    expect(site.match.entry.id).toBe(EXPORT_ID);
    expect(baseText(site)).toBe('https://api.app.wdesk.com');
    expect(paramTexts(site)).toEqual({ auditId: 'r.a', procedureId: 'r.p', matrixId: 'r.m', sampleId: 'r.s', attachmentId: 'r.t' });
    expect(site.match.builtAt?.line).toBe(2);
  });

  it('.substring(n) / .substring(n, m) / .substr(n) / .slice(n, -k) inside known text', () => {
    const sites = sitesOf(`${PRELUDE}
fetch(BASE + 'x/prototype/platform/files/export'.substring(1), { method: 'POST' });
fetch(('/prototype/platform/files/export?' + ref.q).slice(0, 32), { method: 'POST' });
fetch(BASE + '//prototype/platform/files/export'.substr(1), { method: 'POST' });
fetch(BASE + '/prototype/platform/files/export/'.slice(0, -1), { method: 'POST' });
fetch(\`\${BASE}/prototype/platform/audits/\${ref.id}/\`.slice(0, -1));`);
    expect(sites.map((site) => site.match.entry.id)).toEqual(['files-export', 'files-export', 'files-export', 'files-export', 'audit-by-id']);
    expect(paramTexts(sites[4]!)).toEqual({ auditId: 'ref.id' });
  });

  it('.replace() with a pattern anchored at one end: /^\\//, /^\\/+/, /\\/+$/', () => {
    const code = `import ky from 'ky';
const api = ky.extend({ prefixUrl: 'https://api.app.wdesk.com/prototype/platform' });
declare const id: string;
const FILE_EXPORT = '/files/' + id + '/export';
await api.post(FILE_EXPORT.replace(/^\\//, ''));
await api.post('//files/export'.replace(/^\\/+/, ''));
fetch('https://api.app.wdesk.com/prototype/platform/'.replace(/\\/+$/, '') + '/files/export', { method: 'POST' });`;
    expect(sitesOf(code).map((site) => [site.client, site.match.entry.id])).toEqual([
      ['ky', 'file-export-by-id'],
      ['ky', 'files-export'],
      ['fetch', 'files-export'],
    ]);
  });

  it('an anchored .replace() that could run into an unknown part gives no exact site; the skeleton net reports it', () => {
    const sites = sitesOf(`${PRELUDE}fetch(\`\${BASE}/prototype/platform/files/export\`.replace(/^https:/, 'http:'), { method: 'POST' });`);
    expect(sites.map((site) => [site.match.entry.id, site.foundBySkeleton])).toEqual([['files-export', true]]);
  });

  it('a cut that reaches into an unknown part is no exact site; the skeleton net keeps a path whose start only is cut', () => {
    const [startCut, ...others] = sitesOf(`${PRELUDE}fetch((BASE + '/prototype/platform/files/export').slice(1), { method: 'POST' });`);
    expect(others).toEqual([]);
    expect(startCut?.foundBySkeleton).toBe(true);
    expect(startCut?.match.entry.id).toBe('files-export');
    expect(sitesOf(`${PRELUDE}fetch(\`/prototype/platform/audits/\${ref.id}\`.slice(0, 30));`)).toEqual([]);
    expect(sitesOf(`${PRELUDE}fetch(\`\${BASE}/prototype/platform/files/export\`.slice(0, -7), { method: 'POST' });`)).toEqual([]);
  });

  it('.trim() / .trimEnd() take whitespace off the known ends; .toString() and .valueOf() keep the text', () => {
    const sites = sitesOf(`${PRELUDE}
fetch((' ' + BASE + '/prototype/platform/files/export \\n').trim(), { method: 'POST' });
fetch(\`\${BASE}/prototype/platform/files/export\`.toString(), { method: 'POST' });
fetch(String(\`\${BASE}/prototype/platform/files/export\`).valueOf(), { method: 'POST' });
fetch(\`\${BASE}/prototype/platform/files/export\`.trimEnd(), { method: 'POST' });`);
    expect(sites.map((site) => site.match.entry.id)).toEqual(['files-export', 'files-export', 'files-export', 'files-export']);
  });

  it('a template nested in a template', () => {
    const site = onlySite(`${PRELUDE}fetch(\`\${BASE}\${\`/prototype/platform/audits/\${ref.auditId}\`}/procedures/\${ref.procedureId}/matrices/\${ref.matrixId}/samples/\${ref.sampleId}/attachments/\${ref.attachmentId}/export\`, { method: 'POST' });`);
    expect(site.match.entry.id).toBe(EXPORT_ID);
    expect(paramTexts(site)).toEqual(EXPORT_PARAMS_REF);
  });

  it('path.posix.join and url.resolve', () => {
    const joined = onlySite(`import path from 'node:path';\n${PRELUDE}fetch(BASE + path.posix.join('/prototype/platform', 'audits', ref.auditId));`);
    expect(joined.match.entry.id).toBe('audit-by-id');
    expect(paramTexts(joined)).toEqual({ auditId: 'ref.auditId' });
    const resolved = onlySite(`import url from 'node:url';\nfetch(url.resolve('https://api.app.wdesk.com/v1/', '/prototype/platform/files/export'), { method: 'POST' });`);
    expect(urlText(resolved)).toBe('https://api.app.wdesk.com/prototype/platform/files/export');
  });

  it('`${base}${path}`: a known base ending in / before a path starting with / is no site; an unknown base is', () => {
    expect(sitesOf(`const base = 'https://api.app.wdesk.com/'; const path = '/prototype/platform/files/export';\nfetch(\`\${base}\${path}\`, { method: 'POST' });`)).toEqual([]);
    const dynamic = onlySite(`const base = process.env.API ?? 'https://api.app.wdesk.com/'; const path = '/prototype/platform/files/export';\nfetch(\`\${base}\${path}\`, { method: 'POST' });`);
    expect(baseText(dynamic)).toBe('{base}');
  });
});

describe('object-property helpers', () => {
  it('Routes.x(...) arrow and method shorthand in the file', () => {
    const sites = sitesOf(`${PRELUDE}
const Routes = {
  exportAttachment: (a: string, p: string, m: string, s: string, t: string) => \`/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${t}/export\`,
  audit(id: string) { return '/prototype/platform/audits/' + id; },
};
fetch(BASE + Routes.exportAttachment(ref.auditId, ref.procedureId, ref.matrixId, ref.sampleId, ref.attachmentId), { method: 'POST' });
fetch(BASE + Routes.audit(ref.auditId));`);
    expect(sites.map((site) => site.match.entry.id)).toEqual([EXPORT_ID, 'audit-by-id']);
    expect(paramTexts(sites[0]!)).toEqual(EXPORT_PARAMS_REF);
  });

  it('Routes imported from a sibling module', () => {
    const code = `import { Routes } from './routes.js';\n${PRELUDE}fetch(BASE + Routes.sampleAttachmentExport(ref.a, ref.p, ref.m, ref.s, ref.t), { method: 'POST' });\nfetch(BASE + Routes.audit(ref.a));`;
    const [exportSite, auditSite] = sitesOf(code);
    expect(exportSite?.match.entry.id).toBe(EXPORT_ID);
    expect(paramTexts(exportSite!)).toMatchObject({ auditId: 'ref.a', attachmentId: 'ref.t' });
    const audit = exportSite?.match.params['auditId'];
    expect(audit?.kind === 'expression' && audit.node && nodeText(code, audit.node)).toBe('ref.a');
    expect(exportSite?.match.builtAt?.file).toMatch(/routes\.ts$/);
    expect(auditSite?.match.entry.id).toBe('audit-by-id');
  });

  it('static methods and fields of a class, in the file and from a sibling', () => {
    const local = onlySite(`${PRELUDE}class Paths { static exportUrl(r: any) { return \`/prototype/platform/audits/\${r.a}/procedures/\${r.p}/matrices/\${r.m}/samples/\${r.s}/attachments/\${r.t}/export\`; } }\nfetch(BASE + Paths.exportUrl(ref), { method: 'POST' });`);
    expect(local.match.entry.id).toBe(EXPORT_ID);
    expect(paramTexts(local)).toMatchObject({ auditId: 'ref.a', attachmentId: 'ref.t' });
    const sibling = onlySite(`import { ApiRoutes } from './routes.js';\n${PRELUDE}fetch(BASE + ApiRoutes.fileExport(ref.id), { method: 'POST' });`);
    expect(sibling.match.entry.id).toBe('file-export-by-id');
    expect(paramTexts(sibling)).toEqual({ fileId: 'ref.id' });
  });

  it('an instance method is not a static member (no site from `new`-less access)', () => {
    expect(sitesOf(`${PRELUDE}class Paths { exportUrl() { return '/prototype/platform/files/export'; } }\nfetch(BASE + Paths.exportUrl(), { method: 'POST' });`)).toEqual([]);
  });
});

describe('conditionals', () => {
  it('a base URL from ?? / || / a ternary stays one dynamic part', () => {
    for (const init of [`process.env.X ?? 'https://api.app.wdesk.com'`, `process.env.X || 'https://api.app.wdesk.com'`, `process.env.EU ? 'https://api.eu.wdesk.com' : 'https://api.app.wdesk.com'`]) {
      const site = onlySite(`const BASE_URL = ${init};\ndeclare const id: string;\nfetch(\`\${BASE_URL}/prototype/platform/audits/\${id}\`);`);
      expect(baseText(site)).toBe('{BASE_URL}');
    }
  });

  it('a path from a conditional: a site when both branches are the same known text', () => {
    const site = onlySite(`${PRELUDE}declare const legacy: boolean;\nfetch(BASE + (legacy ? '/prototype/platform/files/export' : \`/prototype/platform/files/export\`), { method: 'POST' });`);
    expect(site.match.entry.id).toBe('files-export');
    const same = onlySite(`${PRELUDE}declare const eu: boolean;\nfetch((eu ? 'https://api.eu.wdesk.com' : 'https://api.app.wdesk.com') + '/prototype/platform/files/export', { method: 'POST' });`);
    expect(same.match.entry.id).toBe('files-export');
    // Branches that differ: the URL as a whole stays unknown, and the site is found through the branch
    // that matches, marked with `urlChoice` so that no rewrite drops the other branch.
    const chosen = onlySite(`${PRELUDE}declare const c: boolean;\nfetch(BASE + (c ? '/prototype/platform/files/export' : '/v2/files/export'), { method: 'POST' });`);
    expect(chosen.match.entry.id).toBe('files-export');
    expect(chosen.urlChoice?.type).toBe('ConditionalExpression');
    expect(same.urlChoice).toBeUndefined();
  });

  it('the deprecated URL as one choice of a switch-over flag: ?:, ??, ||, nested, through a const', () => {
    const code = `${PRELUDE}declare const flag: boolean; declare const other: boolean; declare const override: string | undefined;
const legacy = BASE + '/prototype/platform/files/export';
const successor = BASE + '/v2/files/export';
const chosen = flag ? successor : legacy;
fetch(flag ? successor : legacy, { method: 'POST' });
fetch(override ?? legacy, { method: 'POST' });
fetch(override || legacy, { method: 'POST' });
fetch(flag ? successor : other ? successor : legacy, { method: 'POST' });
fetch(chosen, { method: 'POST' });
fetch(flag ? successor : override, { method: 'POST' });`;
    const sites = sitesOf(code);
    expect(sites.map((site) => [site.match.entry.id, site.urlChoice?.type])).toEqual([
      ['files-export', 'ConditionalExpression'],
      ['files-export', 'LogicalExpression'],
      ['files-export', 'LogicalExpression'],
      ['files-export', 'ConditionalExpression'],
      ['files-export', 'ConditionalExpression'],
    ]);
  });
});

describe('methods through constants and enums', () => {
  it('a const, a string enum, as const, a ?? default', () => {
    const sites = sitesOf(`${PRELUDE}
const POST = 'POST';
enum HttpMethod { Get = 'GET', Post = 'POST' }
declare const opts: { method?: string };
fetch(\`\${BASE}${EXPORT_PATH}\`, { method: POST });
fetch(\`\${BASE}${EXPORT_PATH}\`, { method: HttpMethod.Post });
fetch(\`\${BASE}${EXPORT_PATH}\`, { method: 'post' as const });
fetch(\`\${BASE}${EXPORT_PATH}\`, { method: opts.method ?? 'POST' });
fetch(\`\${BASE}${EXPORT_PATH}\`, { method: opts.method || 'POST' });`);
    expect(sites.map((site) => site.method)).toEqual(['POST', 'POST', 'POST', 'POST', 'POST']);
  });

  it('a default through a const, and a literal method before an unknown spread', () => {
    const sites = sitesOf(`${PRELUDE}declare const opts: any; declare const init: RequestInit;
const method = opts.method ?? 'POST';
fetch(\`\${BASE}${EXPORT_PATH}\`, { method });
fetch(\`\${BASE}${EXPORT_PATH}\`, { method: 'POST', ...init });`);
    expect(sites.map((site) => site.method)).toEqual(['POST', 'POST']);
  });

  it('an unknown method without a default is no exact site; the skeleton net reports it', () => {
    const sites = sitesOf(`${PRELUDE}declare const opts: any;\nfetch(\`\${BASE}${EXPORT_PATH}\`, { method: opts.method, ...opts });`);
    expect(sites.map((site) => [site.client, site.foundBySkeleton])).toEqual([['fetch', true]]);
  });
});

describe('how a sender call is written', () => {
  it('axios.request<T>({ url, method, data }) and axios.post<T>(...) with type arguments', () => {
    const request = onlySite(`import axios from 'axios';\n${PRELUDE}const url = \`\${BASE}${EXPORT_PATH}\`;\nawait axios.request<Operation>({ url, method: 'POST', data: { format: 'pdf' } });`);
    expect(request.client).toBe('axios');
    expect(request.method).toBe('POST');
    const post = onlySite(`import axios from 'axios';\n${PRELUDE}const { data } = await axios.post<Operation>(\`\${BASE}${EXPORT_PATH}\`, { format: 'pdf' });`);
    expect(post.method).toBe('POST');
  });

  it('await (await fetch(...)).json(), .then(...), void, return: the site is the fetch call', () => {
    const code = `${PRELUDE}
async function a() { return await (await fetch(\`\${BASE}${EXPORT_PATH}\`, { method: 'POST' })).json(); }
function b() { return fetch(\`\${BASE}${EXPORT_PATH}\`, { method: 'POST' }).then((r) => r.json()); }
function c() { void fetch(\`\${BASE}${EXPORT_PATH}\`, { method: 'POST' }); }`;
    const sites = sitesOf(code);
    expect(sites).toHaveLength(3);
    for (const site of sites) expect(nodeText(code, site.node)).toMatch(/^fetch\(`/);
  });

  it('optional calls client?.post(...) and fetch?.(...), globalThis / window / self fetch', () => {
    const code = `import axios from 'axios';\n${PRELUDE}
const client = axios.create({ baseURL: BASE });
declare const api: any;
client?.post(\`${EXPORT_PATH}\`, { format: 'pdf' });
api?.post(\`${EXPORT_PATH}\`, { format: 'pdf' });
globalThis.fetch(\`\${BASE}${EXPORT_PATH}\`, { method: 'POST' });
window.fetch(\`\${BASE}${EXPORT_PATH}\`, { method: 'POST' });
self.fetch(\`\${BASE}${EXPORT_PATH}\`, { method: 'POST' });
globalThis.fetch?.(\`\${BASE}${EXPORT_PATH}\`, { method: 'POST' });`;
    expect(sitesOf(code).map((site) => site.client)).toEqual(['axios', 'http-helper', 'fetch', 'fetch', 'fetch', 'fetch']);
  });
});

describe('CommonJS and namespace imports (JS files)', () => {
  it('require of axios, got (default destructured), node-fetch; import * as undici', () => {
    const js = { file: 'inline.js' };
    expect(onlySite(`const axios = require('axios');\nconst ref = {}; axios.post(\`https://api.app.wdesk.com${EXPORT_PATH}\`, { format: 'pdf' });`, js).client).toBe('axios');
    expect(onlySite(`const { default: got } = require('got');\nconst ref = {}; got.post(\`https://api.app.wdesk.com${EXPORT_PATH}\`);`, js).client).toBe('got');
    expect(onlySite(`const fetch = require('node-fetch');\nconst ref = {}; fetch(\`https://api.app.wdesk.com${EXPORT_PATH}\`, { method: 'POST' });`, js).client).toBe('fetch');
    const undici = sitesOf(`import * as undici from 'undici';\nconst ref = {};\nundici.fetch(\`https://api.app.wdesk.com${EXPORT_PATH}\`, { method: 'POST' });\nundici.request(\`https://api.app.wdesk.com${EXPORT_PATH}\`, { method: 'POST' });`, js);
    expect(undici.map((site) => site.client)).toEqual(['fetch', 'undici']);
  });
});
