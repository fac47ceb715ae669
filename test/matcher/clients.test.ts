// Which calls send a request, through which client, with which method — and what the site holds
// (options, instance, chain) for each client.
import { describe, expect, it } from 'vitest';
import { EXPORT_ID, EXPORT_PARAMS_REF, baseText, nodeText, onlySite, paramTexts, sitesOf, urlText } from './helpers.js';

const EXPORT_PATH = '/prototype/platform/audits/${ref.auditId}/procedures/${ref.procedureId}/matrices/${ref.matrixId}/samples/${ref.sampleId}/attachments/${ref.attachmentId}/export';
const PRELUDE = 'declare const ref: any; declare const BASE: string;\n';

describe('fetch', () => {
  it('global fetch, globalThis.fetch, window.fetch', () => {
    for (const callee of ['fetch', 'globalThis.fetch', 'window.fetch']) {
      const site = onlySite(`${PRELUDE}${callee}(\`\${BASE}${EXPORT_PATH}\`, { method: 'POST', body: '{"format":"pdf"}' });`);
      expect(site.client).toBe('fetch');
      expect(site.match.entry.id).toBe(EXPORT_ID);
      expect(paramTexts(site)).toEqual(EXPORT_PARAMS_REF);
    }
  });

  it('node-fetch default import, undici and cross-fetch named fetch', () => {
    const imports = [`import fetch from 'node-fetch';`, `import { fetch } from 'undici';`, `import { fetch } from 'cross-fetch';`, `import crossFetch from 'cross-fetch'; const fetch = crossFetch;`];
    for (const line of imports) {
      const site = onlySite(`${line}\n${PRELUDE}fetch(\`\${BASE}${EXPORT_PATH}\`, { method: 'POST' });`);
      expect(site.client).toBe('fetch');
      expect(site.method).toBe('POST');
    }
  });

  it('defaults to GET: fetch of the export path without a method is not the POST entry', () => {
    expect(sitesOf(`${PRELUDE}fetch(\`\${BASE}${EXPORT_PATH}\`);`)).toEqual([]);
  });

  it('reads the method from a const init object and reports it as opaque options', () => {
    const code = `${PRELUDE}const METHOD = 'POST'; const init = { method: METHOD, headers: {} };\nfetch(\`\${BASE}${EXPORT_PATH}\`, init);`;
    const site = onlySite(code);
    expect(site.method).toBe('POST');
    expect(site.options).toBeNull();
    expect(site.opaqueOptions && nodeText(code, site.opaqueOptions)).toBe('init');
  });

  it('reads the method after a spread of known defaults; an unknown init leaves the site to the skeleton net', () => {
    expect(onlySite(`${PRELUDE}const defaults = { headers: {} };\nfetch(\`\${BASE}${EXPORT_PATH}\`, { ...defaults, method: 'POST' });`).foundBySkeleton).toBeUndefined();
    const opaque = onlySite(`${PRELUDE}declare const init: RequestInit;\nfetch(\`\${BASE}${EXPORT_PATH}\`, init);`);
    expect([opaque.client, opaque.method, opaque.foundBySkeleton]).toEqual(['fetch', 'POST', true]);
  });

  it('fetch(new Request(url, { method })) is a request-client site whose options are the Request init', () => {
    const code = `${PRELUDE}await fetch(new Request(\`\${BASE}${EXPORT_PATH}\`, { method: 'POST' }));`;
    const site = onlySite(code);
    expect(site.client).toBe('request');
    expect(site.method).toBe('POST');
    expect(nodeText(code, site.node)).toMatch(/^fetch\(new Request/);
    expect(nodeText(code, site.urlNode)).toMatch(/^`\$\{BASE\}/);
    expect(site.options && nodeText(code, site.options)).toBe(`{ method: 'POST' }`);
  });

  it('follows a Request built before the call', () => {
    const site = onlySite(`${PRELUDE}const req = new Request(\`\${BASE}${EXPORT_PATH}\`, { method: 'POST' });\nawait fetch(req);`);
    expect(site.client).toBe('request');
    expect(site.match.builtAt?.line).toBe(2);
  });
});

describe('undici', () => {
  it('request(url, { method }) and undici.request', () => {
    const named = onlySite(`import { request } from 'undici';\n${PRELUDE}await request(\`\${BASE}${EXPORT_PATH}\`, { method: 'POST' });`);
    expect(named.client).toBe('undici');
    expect(named.method).toBe('POST');
    const namespace = onlySite(`import * as undici from 'undici';\n${PRELUDE}await undici.request(\`\${BASE}/prototype/platform/audits/\${ref.auditId}\`);`);
    expect(namespace.client).toBe('undici');
    expect(namespace.match.entry.id).toBe('audit-by-id');
  });
});

describe('axios', () => {
  it('axios.post(url, body, config): options is the config', () => {
    const code = `import axios from 'axios';\n${PRELUDE}await axios.post(\`\${BASE}${EXPORT_PATH}\`, { format: 'pdf' }, { headers: {} });`;
    const site = onlySite(code);
    expect(site.client).toBe('axios');
    expect(site.method).toBe('POST');
    expect(site.options && nodeText(code, site.options)).toBe('{ headers: {} }');
    expect(site.instance).toBeNull();
  });

  it('axios({ method, url }), axios.request({...}), axios(url, config)', () => {
    const config = onlySite(`import axios from 'axios';\n${PRELUDE}await axios({ method: 'post', url: \`\${BASE}${EXPORT_PATH}\`, data: { format: 'pdf' } });`);
    expect(config.method).toBe('POST');
    expect(config.options).not.toBeNull();
    const request = onlySite(`import axios from 'axios';\n${PRELUDE}await axios.request({ url: \`\${BASE}${EXPORT_PATH}\`, method: 'POST' });`);
    expect(request.method).toBe('POST');
    const urlConfig = onlySite(`import axios from 'axios';\n${PRELUDE}await axios(\`\${BASE}${EXPORT_PATH}\`, { method: 'POST' });`);
    expect(urlConfig.method).toBe('POST');
    expect(sitesOf(`import axios from 'axios';\n${PRELUDE}await axios.get(\`\${BASE}${EXPORT_PATH}\`);`)).toEqual([]);
  });

  it('an axios.create({ baseURL }) instance: baseURL prepended, instance recorded', () => {
    const code = `import axios from 'axios';\n${PRELUDE}const api = axios.create({ baseURL: \`\${BASE}/prototype/platform\` });\nawait api.post(\`/audits/\${ref.auditId}/procedures/\${ref.procedureId}/matrices/\${ref.matrixId}/samples/\${ref.sampleId}/attachments/\${ref.attachmentId}/export\`, { format: 'pdf' });`;
    const site = onlySite(code);
    expect(site.client).toBe('axios');
    expect(site.match.entry.id).toBe(EXPORT_ID);
    expect(baseText(site)).toBe('{BASE}');
    expect(site.instance && nodeText(code, site.instance.node)).toBe('api');
    expect(site.instance?.baseUrl?.map((part) => (part.kind === 'text' ? part.value : `{${part.text}}`)).join('')).toBe('{BASE}/prototype/platform');
    expect(site.match.builtAt?.line).toBe(3);
  });

  it('an instance with a baseURL ending in / and a relative path; a per-call baseURL overrides', () => {
    expect(onlySite(`import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://api.app.wdesk.com/prototype/platform/' });\napi.post('/files/export');`).match.entry.id).toBe('files-export');
    const overridden = onlySite(`import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://other.example' });\napi.post('files/export', {}, { baseURL: 'https://api.app.wdesk.com/prototype/platform' });`);
    expect(urlText(overridden)).toBe('https://api.app.wdesk.com/prototype/platform/files/export');
  });

  it('an instance with an unknown baseURL may stand for /prototype/platform before a distinctive path', () => {
    const site = onlySite(`import axios from 'axios';\ndeclare const config: any;\nconst api = axios.create(config);\napi.get('/audits/A/procedures/P/matrices/M/samples/S');`);
    expect(site.match.entry.id).toBe('audit-sample-by-id');
    expect(site.instance?.baseUrl).toBeNull();
    expect(sitesOf(`import axios from 'axios';\ndeclare const config: any;\nconst api = axios.create(config);\napi.get('/audits/A');`)).toEqual([]);
  });
});

describe('got', () => {
  it('got.post(url), got(url, { method }), and a got.extend({ prefixUrl }) instance', () => {
    const post = onlySite(`import got from 'got';\n${PRELUDE}await got.post(\`\${BASE}${EXPORT_PATH}\`, { json: { format: 'pdf' } });`);
    expect(post.client).toBe('got');
    expect(post.method).toBe('POST');
    expect(post.options).not.toBeNull();
    expect(onlySite(`import got from 'got';\n${PRELUDE}await got(\`\${BASE}${EXPORT_PATH}\`, { method: 'POST' });`).method).toBe('POST');
    const code = `import got from 'got';\nconst client = got.extend({ prefixUrl: 'https://api.app.wdesk.com/prototype/platform' });\nawait client.post('files/export');`;
    const instance = onlySite(code);
    expect(urlText(instance)).toBe('https://api.app.wdesk.com/prototype/platform/files/export');
    expect(instance.instance && nodeText(code, instance.instance.node)).toBe('client');
    expect(sitesOf(`import got from 'got';\n${PRELUDE}await got(\`\${BASE}${EXPORT_PATH}\`);`)).toEqual([]);
  });
});

describe('ky', () => {
  it('ky.post(url), ky(url, { method }), ky.create/extend({ prefixUrl }) instances', () => {
    expect(onlySite(`import ky from 'ky';\n${PRELUDE}await ky.post(\`\${BASE}${EXPORT_PATH}\`, { json: { format: 'pdf' } });`).client).toBe('ky');
    expect(onlySite(`import ky from 'ky';\n${PRELUDE}await ky(\`\${BASE}${EXPORT_PATH}\`, { method: 'POST' });`).method).toBe('POST');
    const created = onlySite(`import ky from 'ky';\nconst api = ky.create({ prefixUrl: 'https://api.app.wdesk.com/prototype/platform' });\nconst v2 = api.extend({ timeout: 1000 });\nawait v2.post('files/export');`);
    expect(created.match.entry.id).toBe('files-export');
    expect(baseText(created)).toBe('https://api.app.wdesk.com');
  });
});

describe('superagent', () => {
  it('superagent.post(url).set(...).send(...): the site is the .post call, the chain holds the rest', () => {
    const code = `import superagent from 'superagent';\n${PRELUDE}await superagent.post(\`\${BASE}${EXPORT_PATH}\`).set('Authorization', 'Bearer x').auth('u', 'p').send({ format: 'pdf' }).then((r) => r);`;
    const site = onlySite(code);
    expect(site.client).toBe('superagent');
    expect(site.method).toBe('POST');
    expect(nodeText(code, site.node)).toMatch(/^superagent\.post\(`[^`]*`\)$/);
    expect(site.chain.map((call) => call.callee.type === 'MemberExpression' && call.callee.property.type === 'Identifier' && call.callee.property.name)).toEqual(['set', 'auth', 'send']);
    expect(site.options).toBeNull();
  });

  it("request.post(url) where request is superagent's import, and superagent('POST', url)", () => {
    expect(onlySite(`import request from 'superagent';\n${PRELUDE}request.post(\`\${BASE}${EXPORT_PATH}\`).send({});`).client).toBe('superagent');
    const called = onlySite(`import superagent from 'superagent';\n${PRELUDE}superagent('POST', \`\${BASE}${EXPORT_PATH}\`).end(() => undefined);`);
    expect(called.method).toBe('POST');
    expect(called.chain).toHaveLength(1);
    expect(onlySite(`const request = require('superagent');\n${PRELUDE}request.post(\`\${BASE}${EXPORT_PATH}\`);`).client).toBe('superagent');
  });
});

describe("a team's own helpers", () => {
  it('api.post(path) and this.http.post(...) on an unknown receiver', () => {
    const code = `declare const api: any;\n${PRELUDE}api.post(\`\${BASE}${EXPORT_PATH}\`, { format: 'pdf' });`;
    const site = onlySite(code);
    expect(site.client).toBe('http-helper');
    expect(site.method).toBe('POST');
    expect(site.instance && nodeText(code, site.instance.node)).toBe('api');
    expect(site.instance?.baseUrl).toBeNull();
    const cls = onlySite(`${PRELUDE}class Svc { constructor(private http: any) {}\n run() { return this.http.post(\`/prototype/platform/files/export\`, {}); } }`);
    expect(cls.client).toBe('http-helper');
    expect(cls.match.entry.id).toBe('files-export');
  });

  it('a helper post(path, body, options): options is the third argument, not the body', () => {
    const code = `declare const api: any;\n${PRELUDE}api.post(\`\${BASE}${EXPORT_PATH}\`, { format: 'pdf' }, { headers: {} });`;
    const site = onlySite(code);
    expect(site.options && nodeText(code, site.options)).toBe('{ headers: {} }');
    const get = `declare const api: any;\n${PRELUDE}api.get(\`\${BASE}/prototype/platform/audits/\${ref.auditId}\`, params);`;
    expect(onlySite(get).opaqueOptions && nodeText(get, onlySite(get).opaqueOptions!)).toBe('params');
  });

  it('a relative distinctive path through a helper stands for the prototype API', () => {
    const site = onlySite(`declare const api: any; declare const ref: any;\napi.post(\`/audits/\${ref.auditId}/procedures/\${ref.procedureId}/matrices/\${ref.matrixId}/samples/\${ref.sampleId}/attachments/\${ref.attachmentId}/export\`);`);
    expect(site.match.entry.id).toBe(EXPORT_ID);
    expect(site.match.base).toEqual([]);
  });

  it("request('POST', path, body) and call({ method: 'POST', path })", () => {
    const positional = onlySite(`declare function request(method: string, path: string, body?: unknown): Promise<unknown>;\n${PRELUDE}request('POST', \`${EXPORT_PATH}\`, { format: 'pdf' });`);
    expect(positional.method).toBe('POST');
    expect(positional.client).toBe('http-helper');
    const code = `declare function call(req: object): Promise<unknown>;\n${PRELUDE}call({ method: 'POST', path: \`${EXPORT_PATH}\` });`;
    const config = onlySite(code);
    expect(config.method).toBe('POST');
    expect(config.options).not.toBeNull();
    expect(nodeText(code, config.urlNode)).toMatch(/^`\/prototype/);
  });

  it('a .request/.send helper without a method is found by the skeleton net only (never rewritten); .fetch defaults to GET', () => {
    const [site, ...others] = sitesOf(`declare const api: any;\napi.request('/prototype/platform/files/export');`);
    expect(others).toEqual([]);
    expect([site?.match.entry.id, site?.method, site?.foundBySkeleton]).toEqual(['files-export', 'POST', true]);
    expect(onlySite(`declare const api: any; declare const id: string;\napi.fetch('/prototype/platform/audits/' + id);`).method).toBe('GET');
  });

  it('names from options.additionalSenders', () => {
    const code = `declare function apiRequest(path: string, init?: object): Promise<unknown>; declare const client: any;\n${PRELUDE}apiRequest(\`${EXPORT_PATH}\`, { method: 'POST' });\nclient.call('/prototype/platform/files/export', { method: 'POST' });`;
    // Unnamed, the calls still receive the deprecated paths: the skeleton net reports them, unidentified.
    expect(sitesOf(code).map((site) => [site.client, site.match.entry.id, site.foundBySkeleton])).toEqual([
      ['unidentified', EXPORT_ID, true],
      ['unidentified', 'files-export', true],
    ]);
    const sites = sitesOf(code, { additionalSenders: ['apiRequest', 'client.call'] });
    expect(sites.map((site) => [site.client, site.method, site.match.entry.id, site.foundBySkeleton])).toEqual([
      ['http-helper', 'POST', EXPORT_ID, undefined],
      ['http-helper', 'POST', 'files-export', undefined],
    ]);
  });

  it('a different deprecated endpoint is matched as that entry', () => {
    const site = onlySite(`${PRELUDE}fetch(\`\${BASE}/prototype/platform/audits/\${ref.auditId}/procedures/\${ref.procedureId}/matrices/\${ref.matrixId}/samples/update\`, { method: 'POST' });`);
    expect(site.match.entry.id).toBe('audit-samples-update');
    expect(paramTexts(site)).toEqual({ auditId: 'ref.auditId', procedureId: 'ref.procedureId', matrixId: 'ref.matrixId' });
  });
});
