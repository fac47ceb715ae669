// The cases of `no-deprecated-endpoint`, written once and run on ESLint 10 (typescript-eslint's
// RuleTester) and ESLint 9 (ESLint's own). They are also the spec the shared matcher must meet.
// Every case pins `today`: nothing here depends on the real date.
import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import { readFileSync } from 'node:fs';
import { SENT_IN_DISABLED_FILE_NOTE, SKELETON_NOTE, UNSENT_PATH_ACTION, type MessageIds, type Options } from '../../rules/no-deprecated-endpoint.js';

/**
 * A file next to the fixtures, so `./paths.js` and `./urls.js` resolve. Relative to the working
 * directory (the repository root under vitest): both testers then give the rule that directory as
 * `context.cwd`, which the "path is built at" messages are relative to.
 */
const FILE = 'test/fixtures/rules/service.ts';
/** Modules whose paths leave them by a name (unsent-paths.ts): each case lints one of them as written on disk. */
const UNSENT = 'test/fixtures/rules/unsent';
const unsentFixture = (name: string): string => readFileSync(`${UNSENT}/${name}`, 'utf8');

/** 336 days before the 2027-01-31 sunset. */
const FAR = '2026-03-01';

const EXPORT_ACTION = "Run `npx workiva-sunset migrate` or call exportSampleAttachment() from 'workiva-sunset' instead.";
const NO_SUCCESSOR_ACTION = 'Workiva documents no successor: find a replacement or remove the call.';

/** The sample-attachment export, 336 days before its sunset, path built inside the call. */
const EXPORT_FAR = {
  method: 'POST',
  path: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export',
  docName: 'Initiate an export of a sample attachment',
  sunset: '2027-01-31',
  daysLeft: '336 days',
  builtAt: '',
  action: EXPORT_ACTION,
};

export const valid: ValidTestCase<Options>[] = [
  {
    name: 'a call into a file that disables only other rules: its request is reported in that file, not at each caller',
    filename: FILE,
    options: [{ today: FAR }],
    code: `import { HandWrittenApi } from './hand-written-api.js';
const api = new HandWrittenApi();
await api.exportAttachment(base, a, p, m, s, f);`,
  },
  {
    name: 'a call into a lint-disabled generated client that reaches another request (a GET of the attachment)',
    filename: FILE,
    options: [{ today: FAR }],
    code: `import { SampleAttachmentsApi } from './generated/SampleAttachmentsApi.js';
const api = new SampleAttachmentsApi(base);
await api.getSampleAttachmentRaw({ auditId: a, procedureId: p, matrixId: m, sampleId: s, attachmentId: f });`,
  },
  {
    name: 'the successor endpoint (2026-01-01)',
    filename: FILE,
    options: [{ today: FAR }],
    code: `await fetch(\`\${base}/testForms/\${ref.auditId}/testPhases/\${phaseId}/matrices/\${ref.matrixId}/samples/\${ref.sampleId}/attachments/\${ref.attachmentId}/export\`, {
  method: 'POST',
  headers: { 'X-Version': '2026-01-01' },
  body: '{"format":"pdf"}',
});`,
  },
  {
    name: 'GET of the attachment metadata (not a catalog endpoint)',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const attachment = await fetch(\`\${base}/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}\`);`,
  },
  {
    name: 'fetch of the export path without a method is a GET, not the deprecated POST',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const res = await fetch(\`\${base}/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`);`,
  },
  {
    name: 'comments naming the endpoint',
    filename: FILE,
    options: [{ today: FAR }],
    code: `// We used to call POST /prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export here.
/* fetch('https://api.app.wdesk.com/prototype/platform/audits/a/procedures/p/matrices/m/samples/s/attachments/f/export', { method: 'POST' }) */
export const migrated = true;`,
  },
  {
    name: 'log messages',
    filename: FILE,
    options: [{ today: FAR }],
    code: `console.log(\`POST \${base}/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export was replaced\`);
logger.warn('POST /prototype/platform/audits/a/procedures/p/matrices/m/samples/s/attachments/f/export is deprecated');`,
  },
  {
    name: 'doc strings',
    filename: FILE,
    options: [{ today: FAR }],
    code: `/**
 * Replaces POST /prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export.
 */
export function exportAttachment(): void {}
export const description = 'Wraps POST /prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export';`,
  },
  {
    name: 'lookalike paths',
    filename: FILE,
    options: [{ today: FAR }],
    code: `await fetch(\`\${base}/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/exports\`, { method: 'POST' });
await fetch(\`\${base}/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export/status\`, { method: 'POST' });
await fetch(\`\${base}/prototype/platformx/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`, { method: 'POST' });
await fetch(\`\${base}/prototype/platform/audits/\${a}/procedures/\${p}\`);`,
  },
  {
    name: 'strings that are never sent',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const EXPORT_ROUTE = '/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId/attachments/:attachmentId/export';
export const routes = { export: EXPORT_ROUTE };
expect(buildUrl(ref)).toBe('/prototype/platform/audits/a/procedures/p/matrices/m/samples/s/attachments/f/export');`,
  },
  {
    name: 'nock mock (mocks: ignore by default)',
    filename: FILE,
    options: [{ today: FAR }],
    code: `import nock from 'nock';
nock('https://api.app.wdesk.com')
  .post('/prototype/platform/audits/a1/procedures/p1/matrices/m1/samples/s1/attachments/f1/export')
  .reply(202, {}, { Location: '/prototype/platform/operations/op1', 'Retry-After': '1' });`,
  },
  {
    name: 'msw handler (mocks: ignore by default)',
    filename: FILE,
    options: [{ today: FAR }],
    code: `import { http, HttpResponse } from 'msw';
export const handlers = [
  http.post('https://api.app.wdesk.com/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId/attachments/:attachmentId/export', () => HttpResponse.json({}, { status: 202 })),
];`,
  },
  {
    name: 'endpoints option leaves out the export',
    filename: FILE,
    options: [{ today: FAR, endpoints: ['audit-by-id'] }],
    code: `await fetch('https://api.app.wdesk.com/prototype/platform/audits/a1/procedures/p1/matrices/m1/samples/s1/attachments/f1/export', { method: 'POST' });`,
  },
  {
    name: 'a known base ending in / before a path starting with / (the request goes to //prototype/...)',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const BASE = 'https://api.app.wdesk.com/';
await fetch(\`\${BASE}/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`, { method: 'POST' });`,
  },
  {
    name: 'a switch-over flag choosing between two URLs, neither of them deprecated',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const successorUrl = \`\${base}/testForms/\${a}/testPhases/\${t}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`;
const otherUrl = \`\${base}/v2/exports/\${f}\`;
await fetch(useSuccessor ? successorUrl : otherUrl, { method: 'POST' });
await fetch(override ?? successorUrl, { method: 'POST' });`,
  },
  // ---- the skeleton net: what it must not take for a request ------------------------------------
  {
    name: 'skeleton net: a URL built into a curl command for a person, never sent',
    filename: FILE,
    options: [{ today: FAR }],
    code: `export function curlForExport(base: string, ids: Ids): string {
  const url = \`\${base}/prototype/platform/audits/\${ids.auditId}/procedures/\${ids.procedureId}/matrices/\${ids.matrixId}/samples/\${ids.sampleId}/attachments/\${ids.attachmentId}/export\`;
  return \`curl -X POST -d '{"format":"pdf"}' '\${url}'\`;
}`,
  },
  {
    name: 'skeleton net: errors, loggers, assertions, regular expressions, Maps, Sets and caches given the path',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const TEMPLATE = '%s/prototype/platform/audits/%s/procedures/%s/matrices/%s/samples/%s/attachments/%s/export';
throw new Error(util.format(TEMPLATE, base, a, p, m, s, f));
this.logger.error(['prototype', 'platform', 'audits', a, 'procedures', p, 'matrices', m, 'samples', s, 'attachments', f, 'export'].join('/'));
assert.equal(url, path\`/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`);
const LEGACY = new RegExp('/prototype/platform/audits/[^/]+/procedures/[^/]+/matrices/[^/]+/samples/[^/]+/attachments/[^/]+/export');
seen.add(\`/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`);
const pending = new Map<string, number>();
pending.get(\`/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`);
this.cache.delete(\`/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`);`,
  },
  {
    name: 'skeleton net: mocks by name, imported or declared locally (nock scopes, msw-style handlers)',
    filename: FILE,
    options: [{ today: FAR }],
    code: `declare function nock(base: string): any;
nock(base).post('/prototype/platform/audits/A1/procedures/P1/matrices/M1/samples/S1/attachments/X1/export').reply(202);
const http = { post: (path: string, resolver: () => Response) => ({ path, resolver }) };
export const handlers = [http.post('*/prototype/platform/audits/:a/procedures/:p/matrices/:m/samples/:s/attachments/:f/export', () => new Response(null, { status: 202 }))];`,
  },
  {
    name: 'skeleton net: the successor, another API version and a GET of the same path are not the export',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const api = ky.create({ prefixUrl: base });
await api.post(['testForms', t, 'testPhases', ph, 'matrices', m, 'samples', s, 'attachments', f, 'export'].join('/'), { json: { format: 'pdf' } });
await send('POST', util.format('%s/api/v2/audits/%s/procedures/%s/matrices/%s/samples/%s/attachments/%s/export', base, a, p, m, s, f));
await axios.get(\`\${base}/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`);`,
  },
  {
    name: 'skeleton net: a function that calls nothing cannot send; a route table nobody names in this file is not a request',
    filename: FILE,
    options: [{ today: FAR }],
    code: `function label(url: string) { return url.toUpperCase; }
label('/prototype/platform/audits/a/procedures/p/matrices/m/samples/s/attachments/f/export');
export const LEGACY_ROUTES = { sampleAttachmentExport: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export' };`,
  },
  {
    name: 'through an alias, the successor export is not a site',
    filename: 'test/fixtures/rules/aliased-app/src/jobs/export-job.ts',
    options: [{ today: FAR }],
    code: `import { SUCCESSOR_EXPORT } from '@/config/endpoints';
await fetch(base + SUCCESSOR_EXPORT.replace('{testFormId}', t), { method: 'POST', headers });`,
  },
  {
    name: 'a route read by name that is the successor is not reported',
    filename: FILE,
    options: [{ today: FAR }],
    code: `import type { Settings } from './settings.js';
export async function update(settings: Settings, ref: Ref) {
  return superagent.post(fill(settings.routes.successorExport, ref)).send({ format: 'pdf' });
}`,
  },
  {
    name: 'a segment list grown by push that ends elsewhere (the attachment metadata) is not the export',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const parts = ['prototype', 'platform', 'audits', a, 'procedures', p];
parts.push('matrices', m, 'samples', s, 'attachments', f);
await send(\`\${root}/\${parts.join('/')}\`, { format: 'pdf' });`,
  },
  {
    name: 'chains of names that spell another path: the successor, the attachment metadata, Object.prototype',
    filename: FILE,
    options: [{ today: FAR }],
    code: `await api.testForms(t).testPhases(p).matrices(m).samples(s).attachments(f).export.post({ format: 'pdf' });
await api.prototype.platform.audits(a).procedures(p).matrices(m).samples(s).attachments(f).get();
const own = Object.prototype.hasOwnProperty.call(record, 'audits');`,
  },
  {
    name: 'a fluent SDK call whose names are the code’s own methods is not reported at the chain (the SDK’s own send is)',
    filename: FILE,
    options: [{ today: FAR }],
    code: `class Sample { constructor(readonly path: string) {} attachments(id: string) { return new Attachment(\`\${this.path}/attachments/\${id}\`); } }
class Attachment { constructor(readonly path: string) {} export(body: unknown) { return body; } }
const sample = workiva.audits(a).procedures(p).matrices(m).samples(s);
await sample.attachments(f).export({ format: 'pdf' });`,
  },
  {
    name: 'fetch(url) of a value the matcher cannot read, with no init, is a GET when the value is a string it builds',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const url = \`\${base}/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`;
await fetch(url);`,
  },
  // ---- a whole path built here, not sent here: reported at the construction only when it is read somewhere unseen ----
  {
    name: 'a route table whose export route is sent by an importer (reported there) and whose other route no importer reads',
    filename: `${UNSENT}/routes.ts`,
    options: [{ today: FAR }],
    code: unsentFixture('routes.ts'),
  },
  {
    name: 'an exported path constant that no project file imports (a catalogue, dead code): not a request',
    filename: `${UNSENT}/catalogue.ts`,
    options: [{ today: FAR }],
    code: `export const LEGACY_EXPORT_PATH = '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export';`,
  },
  {
    name: 'a getter building the path that nothing reads, here or in an importer',
    filename: `${UNSENT}/orphan.ts`,
    options: [{ today: FAR }],
    code: `export class Orphan {
  constructor(readonly ids: { a: string; f: string }) {}
  get exportUrl(): string {
    return \`/prototype/platform/audits/\${this.ids.a}/procedures/p/matrices/m/samples/s/attachments/\${this.ids.f}/export\`;
  }
}`,
  },
  {
    name: 'a path written only into a log line and an error',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const path = \`/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`;
logger.warn('export failed', path);
throw new Error(\`POST \${path} failed\`);`,
  },
  {
    name: 'typed endpoint descriptors built by a curried factory that only returns its definition: definitions, not requests',
    filename: 'test/fixtures/rules/descriptors/endpoints.ts',
    options: [{ today: FAR }],
    code: readFileSync('test/fixtures/rules/descriptors/endpoints.ts', 'utf8'),
  },
  {
    name: 'calls on test doubles by name (mock.handle, fakeApi.post, httpStub.request) exercise a test: not requests',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const handlers: { method: string; pattern: RegExp; reply: () => unknown }[] = [];
export const mock = {
  handle(method: string, url: string, body?: unknown) {
    return handlers.find((handler) => handler.method === method && handler.pattern.test(new URL(url).pathname))?.reply() ?? { status: 404, body };
  },
};
mock.handle('POST', 'https://api.example.test/prototype/platform/audits/a1/procedures/p1/matrices/m1/samples/s1/attachments/f1/export', { format: 'pdf' });
await fakeApi.post(\`/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`, { format: 'pdf' });
await httpStub.request('POST', \`/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`);`,
  },
];

export const invalid: InvalidTestCase<MessageIds, Options>[] = [
  {
    name: 'a generated OpenAPI client whose file disables ESLint: the call into it is reported, with where the request is sent',
    filename: FILE,
    options: [{ today: FAR }],
    code: `import { SampleAttachmentsApi, exportSampleAttachmentOperation } from './generated/SampleAttachmentsApi.js';
const api = new SampleAttachmentsApi(base);
await api.exportSampleAttachment({ auditId: a, procedureId: p, matrixId: m, sampleId: s, attachmentId: f });
await exportSampleAttachmentOperation(base, ids);`,
    errors: [
      { messageId: 'deprecatedEndpoint', line: 3, column: 7, data: { ...EXPORT_FAR, builtAt: ' The request is sent at test/fixtures/rules/generated/SampleAttachmentsApi.ts:21.', action: `${EXPORT_ACTION} ${SENT_IN_DISABLED_FILE_NOTE}` } },
      { messageId: 'deprecatedEndpoint', line: 4, column: 7, data: { ...EXPORT_FAR, builtAt: ' The request is sent at test/fixtures/rules/generated/SampleAttachmentsApi.ts:56.', action: `${EXPORT_ACTION} ${SENT_IN_DISABLED_FILE_NOTE}` } },
    ],
  },
  // ---- URL shapes -------------------------------------------------------------------------------
  {
    name: 'literal URL',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const res = await fetch('https://api.app.wdesk.com/prototype/platform/audits/a1/procedures/p1/matrices/m1/samples/s1/attachments/f1/export', { method: 'POST', body: '{"format":"pdf"}' });`,
    errors: [
      {
        messageId: 'deprecatedEndpoint',
        line: 1,
        column: 19,
        data: EXPORT_FAR,
        suggestions: [
          {
            messageId: 'useWrapper',
            data: { wrapper: 'exportSampleAttachmentAsFetchResponse' },
            output: `import { exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';
const res = await exportSampleAttachmentAsFetchResponse(
  { auditId: 'a1', procedureId: 'p1', matrixId: 'm1', sampleId: 's1', attachmentId: 'f1' },
  { baseUrl: 'https://api.app.wdesk.com' },
);`,
          },
        ],
      },
    ],
  },
  {
    name: 'template with a base-URL variable',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const base = process.env.WORKIVA_API_URL ?? 'https://api.app.wdesk.com';
export async function startExport(ref: Ref, token: string): Promise<Response> {
  return fetch(\`\${base}/prototype/platform/audits/\${ref.auditId}/procedures/\${ref.procedureId}/matrices/\${ref.matrixId}/samples/\${ref.sampleId}/attachments/\${ref.attachmentId}/export\`, {
    method: 'POST',
    headers: { Authorization: \`Bearer \${token}\` },
  });
}`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 3, column: 10, data: EXPORT_FAR }],
  },
  {
    name: 'template pieces over lines',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const res = await fetch(
  \`\${WORKIVA_API_URL}/prototype/platform/audits/\${ref.auditId}/procedures/\${ref.procedureId}\` +
    \`/matrices/\${ref.matrixId}/samples/\${ref.sampleId}/attachments/\${ref.attachmentId}/export\`,
  { method: 'POST', body: JSON.stringify({ format: 'pdf' }) },
);`,
    errors: [
      {
        messageId: 'deprecatedEndpoint',
        line: 1,
        column: 19,
        data: EXPORT_FAR,
        suggestions: [
          {
            messageId: 'useWrapper',
            data: { wrapper: 'exportSampleAttachmentAsFetchResponse' },
            output: `import { exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';
const res = await exportSampleAttachmentAsFetchResponse(
  {
    auditId: ref.auditId,
    procedureId: ref.procedureId,
    matrixId: ref.matrixId,
    sampleId: ref.sampleId,
    attachmentId: ref.attachmentId,
  },
  { baseUrl: WORKIVA_API_URL },
);`,
          },
        ],
      },
    ],
  },
  {
    name: '+ concatenation',
    filename: FILE,
    options: [{ today: FAR }],
    code: `fetch(base + '/prototype/platform/audits/' + auditId + '/procedures/' + procedureId + '/matrices/' + matrixId + '/samples/' + sampleId + '/attachments/' + attachmentId + '/export', { method: 'POST' });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 1, column: 1, data: EXPORT_FAR }],
  },
  {
    name: 'const in the file (the message says where the path was built)',
    filename: FILE,
    options: [{ today: FAR }],
    code: `export async function startExport(ref: Ref): Promise<Response> {
  const url = \`\${base}/prototype/platform/audits/\${ref.auditId}/procedures/\${ref.procedureId}/matrices/\${ref.matrixId}/samples/\${ref.sampleId}/attachments/\${ref.attachmentId}/export\`;
  const init = { method: 'POST', body: '{"format":"pdf"}' };
  return fetch(url, init);
}`,
    errors: [
      {
        messageId: 'deprecatedEndpoint',
        line: 4,
        column: 10,
        data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/service.ts:2.' },
        suggestions: [
          {
            messageId: 'useWrapper',
            data: { wrapper: 'exportSampleAttachmentAsFetchResponse' },
            output: `import { exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';
export async function startExport(ref: Ref): Promise<Response> {
  const url = \`\${base}/prototype/platform/audits/\${ref.auditId}/procedures/\${ref.procedureId}/matrices/\${ref.matrixId}/samples/\${ref.sampleId}/attachments/\${ref.attachmentId}/export\`;
  const init = { method: 'POST', body: '{"format":"pdf"}' };
  return exportSampleAttachmentAsFetchResponse(
    {
      auditId: ref.auditId,
      procedureId: ref.procedureId,
      matrixId: ref.matrixId,
      sampleId: ref.sampleId,
      attachmentId: ref.attachmentId,
    },
    { baseUrl: base },
  );
}`,
          },
        ],
      },
    ],
  },
  {
    name: "imported constant from a sibling module, filled in with .replace(':auditId', id) chains",
    filename: FILE,
    options: [{ today: FAR }],
    code: `import { SAMPLE_ATTACHMENT_EXPORT, WORKIVA_API } from './paths.js';
export function archive(ref: Ref): Promise<Response> {
  const url =
    WORKIVA_API +
    SAMPLE_ATTACHMENT_EXPORT.replace(':auditId', ref.auditId)
      .replace(':procedureId', ref.procedureId)
      .replace(':matrixId', ref.matrixId)
      .replace(':sampleId', ref.sampleId)
      .replace(':attachmentId', encodeURIComponent(ref.attachmentId));
  return fetch(url, { method: 'POST' });
}`,
    errors: [
      {
        messageId: 'deprecatedEndpoint',
        line: 10,
        column: 10,
        data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/paths.ts:3.' },
      },
    ],
  },
  {
    name: '.replace chains on a route constant of the file',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const ROUTE = '/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId/attachments/:attachmentId/export';
axios.post(base + ROUTE.replace(':auditId', a).replace(':procedureId', p).replace(':matrixId', m).replace(':sampleId', s).replace(':attachmentId', f), { format: 'pdf' });`,
    errors: [
      {
        messageId: 'deprecatedEndpoint',
        line: 2,
        column: 1,
        data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/service.ts:1.' },
      },
    ],
  },
  {
    name: 'helper function returning the URL',
    filename: FILE,
    options: [{ today: FAR }],
    code: `function exportUrl(ref: Ref): string {
  return \`\${base}/prototype/platform/audits/\${ref.auditId}/procedures/\${ref.procedureId}/matrices/\${ref.matrixId}/samples/\${ref.sampleId}/attachments/\${ref.attachmentId}/export\`;
}
export const start = (ref: Ref) => fetch(exportUrl(ref), { method: 'POST' });`,
    errors: [
      {
        messageId: 'deprecatedEndpoint',
        line: 4,
        column: 36,
        data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/service.ts:2.' },
      },
    ],
  },
  {
    name: 'helper function imported from a sibling module',
    filename: FILE,
    options: [{ today: FAR }],
    code: `import { attachmentExportUrl } from './urls.js';
export const start = (ref: AttachmentRef) => fetch(attachmentExportUrl(ref), { method: 'POST' });`,
    errors: [
      {
        messageId: 'deprecatedEndpoint',
        line: 2,
        column: 46,
        data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/urls.ts:13.' },
      },
    ],
  },
  {
    name: 'new URL(path, base)',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const res = await fetch(new URL(\`/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`, base), { method: 'POST' });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 1, column: 19, data: EXPORT_FAR }],
  },
  {
    name: "[...].join('/')",
    filename: FILE,
    options: [{ today: FAR }],
    code: `await fetch([base, 'prototype', 'platform', 'audits', a, 'procedures', p, 'matrices', m, 'samples', s, 'attachments', f, 'export'].join('/'), { method: 'POST' });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 1, column: 7, data: EXPORT_FAR }],
  },
  {
    name: 'encodeURIComponent around the ids',
    filename: FILE,
    options: [{ today: FAR }],
    code: `await fetch(\`\${base}/prototype/platform/audits/\${encodeURIComponent(a)}/procedures/\${encodeURIComponent(p)}/matrices/\${encodeURIComponent(m)}/samples/\${encodeURIComponent(s)}/attachments/\${encodeURIComponent(f)}/export\`, { method: 'POST' });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 1, column: 7, data: EXPORT_FAR }],
  },

  // ---- HTTP clients -----------------------------------------------------------------------------
  {
    name: 'node-fetch',
    filename: FILE,
    options: [{ today: FAR }],
    code: `import fetch from 'node-fetch';
const res = await fetch(\`\${base}/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`, { method: 'post' });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 2, column: 19, data: EXPORT_FAR }],
  },
  {
    name: 'undici request and undici fetch',
    filename: FILE,
    options: [{ today: FAR }],
    code: `import { request, fetch as undiciFetch } from 'undici';
const { statusCode } = await request(\`\${base}/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`, { method: 'POST', body: '{"format":"pdf"}' });
const res = await undiciFetch(\`\${base}/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`, { method: 'POST' });`,
    errors: [
      { messageId: 'deprecatedEndpoint', line: 2, column: 30, data: EXPORT_FAR },
      { messageId: 'deprecatedEndpoint', line: 3, column: 19, data: EXPORT_FAR },
    ],
  },
  {
    name: 'axios.post',
    filename: FILE,
    options: [{ today: FAR }],
    code: `import axios from 'axios';
const started = await axios.post(\`\${base}/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`, { format: 'pdf' }, { headers });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 2, column: 23, data: EXPORT_FAR }],
  },
  {
    name: 'axios({ method, url })',
    filename: FILE,
    options: [{ today: FAR }],
    code: `import axios from 'axios';
const started = await axios({
  method: 'post',
  url: \`\${base}/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`,
  data: { format: 'pdf' },
});`,
    errors: [
      {
        messageId: 'deprecatedEndpoint',
        line: 2,
        column: 23,
        data: EXPORT_FAR,
        suggestions: [
          {
            messageId: 'useWrapper',
            data: { wrapper: 'exportSampleAttachmentAsAxiosResponse' },
            output: `import axios from 'axios';
import { exportSampleAttachmentAsAxiosResponse } from 'workiva-sunset';
const started = await exportSampleAttachmentAsAxiosResponse(
  { auditId: a, procedureId: p, matrixId: m, sampleId: s, attachmentId: f },
  { baseUrl: base },
);`,
          },
        ],
      },
    ],
  },
  {
    name: 'axios.create({ baseURL }) instance',
    filename: FILE,
    options: [{ today: FAR }],
    code: `import axios from 'axios';
const workiva = axios.create({ baseURL: \`\${WORKIVA_API_URL}/prototype/platform\`, timeout: 30_000 });
export const start = (ref: Ref) =>
  workiva.post(\`/audits/\${ref.auditId}/procedures/\${ref.procedureId}/matrices/\${ref.matrixId}/samples/\${ref.sampleId}/attachments/\${ref.attachmentId}/export\`, { format: 'pdf' });`,
    // The path starts in the instance's baseURL, so the message points there.
    errors: [
      {
        messageId: 'deprecatedEndpoint',
        line: 4,
        column: 3,
        data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/service.ts:2.' },
        suggestions: [
          {
            messageId: 'useWrapper',
            data: { wrapper: 'exportSampleAttachmentAsAxiosResponse' },
            output: `import axios from 'axios';
import { exportSampleAttachmentAsAxiosResponse } from 'workiva-sunset';
const workiva = axios.create({ baseURL: \`\${WORKIVA_API_URL}/prototype/platform\`, timeout: 30_000 });
export const start = (ref: Ref) =>
  exportSampleAttachmentAsAxiosResponse(
    {
      auditId: ref.auditId,
      procedureId: ref.procedureId,
      matrixId: ref.matrixId,
      sampleId: ref.sampleId,
      attachmentId: ref.attachmentId,
    },
    { baseUrl: workiva.defaults.baseURL },
  );`,
          },
        ],
      },
    ],
  },
  {
    name: 'got',
    filename: FILE,
    options: [{ today: FAR }],
    code: `import got from 'got';
const started = await got.post(\`\${base}/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`, { json: { format: 'pdf' } });`,
    errors: [
      {
        messageId: 'deprecatedEndpoint',
        line: 2,
        column: 23,
        data: EXPORT_FAR,
        // got, ky and superagent resolve to their own types: the codemod routes them; no drop-in is offered.
        suggestions: [],
      },
    ],
  },
  {
    name: 'ky',
    filename: FILE,
    options: [{ today: FAR }],
    code: `import ky from 'ky';
const started = await ky.post(\`\${base}/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`, { json: { format: 'pdf' } });`,
    errors: [
      {
        messageId: 'deprecatedEndpoint',
        line: 2,
        column: 23,
        data: EXPORT_FAR,
        // got, ky and superagent resolve to their own types: the codemod routes them; no drop-in is offered.
        suggestions: [],
      },
    ],
  },
  {
    name: 'superagent, a multi-line chain: reported on the line of .post(url), not where the chain begins',
    filename: FILE,
    options: [{ today: FAR }],
    code: `import superagent from 'superagent';
const started = await superagent
  .post(\`\${base}/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`)
  .set('Authorization', \`Bearer \${token}\`)
  .send({ format: 'pdf' });`,
    errors: [
      {
        messageId: 'deprecatedEndpoint',
        line: 3,
        column: 4,
        endLine: 3,
        data: EXPORT_FAR,
        // got, ky and superagent resolve to their own types: the codemod routes them; no drop-in is offered.
        suggestions: [],
      },
    ],
  },
  {
    name: "a team's own request('POST', path, body) helper",
    filename: FILE,
    options: [{ today: FAR, additionalSenders: ['request'] }],
    code: `import { request } from './http.js';
await request('POST', \`/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`, { format: 'pdf' });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 2, column: 7, data: EXPORT_FAR }],
  },
  {
    name: "a team's own api.post(path) client",
    filename: FILE,
    options: [{ today: FAR, additionalSenders: ['api'] }],
    code: `import { api } from './api-client.js';
await api.post(\`/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`, { format: 'pdf' });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 2, column: 7, data: EXPORT_FAR }],
  },

  // ---- sender shapes found in real code ------------------------------------------------------------
  {
    name: 'ky instance with prefixUrl, path from a Routes object helper with .slice(1)',
    filename: FILE,
    options: [{ today: FAR }],
    code: `import ky from 'ky';
const Routes = {
  sampleAttachmentExport: (a: string, p: string, m: string, s: string, t: string) =>
    \`/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${t}/export\`,
};
const api = ky.create({ prefixUrl: 'https://api.app.wdesk.com' });
await api.post(Routes.sampleAttachmentExport(a, p, m, s, f).slice(1), { json: { format: 'pdf' } });`,
    errors: [
      {
        messageId: 'deprecatedEndpoint',
        line: 7,
        column: 7,
        data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/service.ts:4.' },
        // got, ky and superagent resolve to their own types: the codemod routes them; no drop-in is offered.
        suggestions: [],
      },
    ],
  },
  {
    name: 'axios.request<T>({ url, method, data }) with the method from a string enum',
    filename: FILE,
    options: [{ today: FAR }],
    code: `import axios from 'axios';
enum HttpMethod { Get = 'GET', Post = 'POST' }
const url = \`\${base}/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`;
const { data } = await axios.request<Operation>({ url, method: HttpMethod.Post, data: { format: 'pdf' } });`,
    errors: [
      {
        messageId: 'deprecatedEndpoint',
        line: 4,
        column: 24,
        data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/service.ts:3.' },
        suggestions: [
          {
            messageId: 'useWrapper',
            data: { wrapper: 'exportSampleAttachmentAsAxiosResponse' },
            output: `import axios from 'axios';
import { exportSampleAttachmentAsAxiosResponse } from 'workiva-sunset';
enum HttpMethod { Get = 'GET', Post = 'POST' }
const url = \`\${base}/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`;
const { data } = await exportSampleAttachmentAsAxiosResponse(
  { auditId: a, procedureId: p, matrixId: m, sampleId: s, attachmentId: f },
  { baseUrl: base },
);`,
          },
        ],
      },
    ],
  },
  {
    name: 'fetch with a defaulted method, inside await (await fetch(...)).json()',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const body = await (await fetch(\`\${base}/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`, { method: opts.method ?? 'POST' })).json();`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 1, column: 27, data: EXPORT_FAR }],
  },
  {
    name: 'optional call on an axios instance: client?.post(...)',
    filename: FILE,
    options: [{ today: FAR }],
    code: `import axios from 'axios';
const client = axios.create({ baseURL: WORKIVA_API_URL });
void client?.post(\`/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`, { format: 'pdf' });`,
    errors: [
      {
        messageId: 'deprecatedEndpoint',
        line: 3,
        column: 6,
        data: EXPORT_FAR,
        suggestions: [
          {
            messageId: 'useWrapper',
            data: { wrapper: 'exportSampleAttachmentAsAxiosResponse' },
            output: `import axios from 'axios';
import { exportSampleAttachmentAsAxiosResponse } from 'workiva-sunset';
const client = axios.create({ baseURL: WORKIVA_API_URL });
void exportSampleAttachmentAsAxiosResponse(
  { auditId: a, procedureId: p, matrixId: m, sampleId: s, attachmentId: f },
  { baseUrl: client.defaults.baseURL },
);`,
          },
        ],
      },
    ],
  },
  {
    name: 'CommonJS require in a JS file: const { default: got } = require(\'got\')',
    filename: 'test/fixtures/rules/service.js',
    options: [{ today: FAR }],
    code: `const { default: got } = require('got');
module.exports.start = (ref) => got.post(\`\${base}/prototype/platform/audits/\${ref.a}/procedures/\${ref.p}/matrices/\${ref.m}/samples/\${ref.s}/attachments/\${ref.f}/export\`, { json: { format: 'pdf' } });`,
    errors: [
      {
        messageId: 'deprecatedEndpoint',
        line: 2,
        column: 33,
        data: EXPORT_FAR,
        // A CommonJS file gets the wrapper by require, as the codemod writes it: an import would not load.
        // got, ky and superagent resolve to their own types: the codemod routes them; no drop-in is offered.
        suggestions: [],
      },
    ],
  },
  {
    name: 'a path joined with path.posix.join',
    filename: FILE,
    options: [{ today: FAR }],
    code: `import path from 'node:path';
await fetch(base + path.posix.join('/prototype/platform/audits', a, 'procedures', p, 'matrices', m, 'samples', s, 'attachments', f, 'export'), { method: 'POST' });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 2, column: 7, data: EXPORT_FAR }],
  },

  // ---- suggestions and imports --------------------------------------------------------------------
  {
    name: 'the suggestion reuses an existing import from workiva-sunset',
    filename: FILE,
    options: [{ today: FAR }],
    code: `import { configure } from 'workiva-sunset';
configure({ route: 'legacy' });
const res = await fetch('https://api.app.wdesk.com/prototype/platform/audits/a1/procedures/p1/matrices/m1/samples/s1/attachments/f1/export', { method: 'POST', body: '{"format":"pdf"}' });`,
    errors: [
      {
        messageId: 'deprecatedEndpoint',
        line: 3,
        column: 19,
        data: EXPORT_FAR,
        suggestions: [
          {
            messageId: 'useWrapper',
            data: { wrapper: 'exportSampleAttachmentAsFetchResponse' },
            output: `import { configure, exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';
configure({ route: 'legacy' });
const res = await exportSampleAttachmentAsFetchResponse(
  { auditId: 'a1', procedureId: 'p1', matrixId: 'm1', sampleId: 's1', attachmentId: 'f1' },
  { baseUrl: 'https://api.app.wdesk.com' },
);`,
          },
        ],
      },
    ],
  },
  {
    name: "no suggestion when the wrapper's name is already taken in the file",
    filename: FILE,
    options: [{ today: FAR }],
    code: `const exportSampleAttachmentAsFetchResponse = (id: string) => id;
const res = await fetch('https://api.app.wdesk.com/prototype/platform/audits/a1/procedures/p1/matrices/m1/samples/s1/attachments/f1/export', { method: 'POST', body: '{"format":"pdf"}' });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 2, column: 19, data: EXPORT_FAR, suggestions: [] }],
  },

  // ---- mocks, other endpoints, the endpoints option -----------------------------------------------
  {
    name: "nock and msw mocks with mocks: 'report'",
    filename: FILE,
    options: [{ today: FAR, mocks: 'report' }],
    code: `import nock from 'nock';
import { http, HttpResponse } from 'msw';
nock('https://api.app.wdesk.com')
  .post('/prototype/platform/audits/a1/procedures/p1/matrices/m1/samples/s1/attachments/f1/export')
  .reply(202);
export const handlers = [
  http.post('https://api.app.wdesk.com/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId/attachments/:attachmentId/export', () => HttpResponse.json({}, { status: 202 })),
];`,
    errors: [
      // The nock chain is reported on its \`.post(path)\` line, like any multi-line chain.
      { messageId: 'deprecatedEndpoint', line: 4, column: 4, data: EXPORT_FAR },
      { messageId: 'deprecatedEndpoint', line: 7, column: 3, data: EXPORT_FAR },
    ],
  },
  {
    name: 'a different deprecated endpoint is reported as that endpoint',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const audit = await fetch(\`\${base}/prototype/platform/audits/\${auditId}\`, { headers });`,
    errors: [
      {
        messageId: 'deprecatedEndpoint',
        line: 1,
        column: 21,
        data: {
          method: 'GET',
          path: '/prototype/platform/audits/{auditId}',
          docName: 'Retrieve a single audit',
          sunset: '2027-01-31',
          daysLeft: '336 days',
          builtAt: '',
          action: NO_SUCCESSOR_ACTION,
        },
      },
    ],
  },
  {
    name: 'endpoints option: only the selected endpoint is reported',
    filename: FILE,
    options: [{ today: FAR, endpoints: ['audit-by-id'] }],
    code: `await fetch('https://api.app.wdesk.com/prototype/platform/audits/a1/procedures/p1/matrices/m1/samples/s1/attachments/f1/export', { method: 'POST' });
await fetch(\`\${base}/prototype/platform/audits/\${auditId}\`);`,
    errors: [
      {
        messageId: 'deprecatedEndpoint',
        line: 2,
        column: 7,
        data: {
          method: 'GET',
          path: '/prototype/platform/audits/{auditId}',
          docName: 'Retrieve a single audit',
          sunset: '2027-01-31',
          daysLeft: '336 days',
          builtAt: '',
          action: NO_SUCCESSOR_ACTION,
        },
      },
    ],
  },

  // ---- countdown ----------------------------------------------------------------------------------
  {
    name: 'countdown: inside the default 30-day window',
    filename: FILE,
    options: [{ today: '2027-01-10' }],
    code: `await fetch('https://api.app.wdesk.com/prototype/platform/audits/a1/procedures/p1/matrices/m1/samples/s1/attachments/f1/export', { method: 'POST' });`,
    errors: [{ messageId: 'sunsetImminent', line: 1, column: 7, data: { ...EXPORT_FAR, daysLeft: '21 days' } }],
  },
  {
    name: 'countdown: one day left',
    filename: FILE,
    options: [{ today: '2027-01-30' }],
    code: `await fetch('https://api.app.wdesk.com/prototype/platform/audits/a1/procedures/p1/matrices/m1/samples/s1/attachments/f1/export', { method: 'POST' });`,
    errors: [{ messageId: 'sunsetImminent', line: 1, column: 7, data: { ...EXPORT_FAR, daysLeft: '1 day' } }],
  },
  {
    name: 'a switch-over flag: the deprecated URL as one branch of ?: (reported, no suggestion: the other branch must stay)',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const successorUrl = \`\${base}/testForms/\${a}/testPhases/\${t}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`;
const legacyUrl = \`\${base}/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`;
await fetch(useSuccessor ? successorUrl : legacyUrl, { method: 'POST' });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 3, column: 7, data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/service.ts:2.' }, suggestions: [] }],
  },
  {
    name: 'an override falling back to the deprecated URL (??), through a const',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const legacyUrl = \`\${base}/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`;
const url = process.env.EXPORT_URL ?? legacyUrl;
await axios.post(url, { format: 'pdf' });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 3, column: 7, data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/service.ts:1.' }, suggestions: [] }],
  },
  {
    name: 'a path chosen by a conditional between the endpoint and another path',
    filename: FILE,
    options: [{ today: FAR }],
    code: `await fetch(base + (legacy ? \`/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\` : \`/v2/exports/\${f}\`), { method: 'POST' });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 1, column: 7, data: EXPORT_FAR, suggestions: [] }],
  },
  {
    name: 'countdown: a wider window (windowDays: 90)',
    filename: FILE,
    options: [{ today: '2026-12-01', windowDays: 90 }],
    code: `await fetch('https://api.app.wdesk.com/prototype/platform/audits/a1/procedures/p1/matrices/m1/samples/s1/attachments/f1/export', { method: 'POST' });`,
    errors: [{ messageId: 'sunsetImminent', line: 1, column: 7, data: { ...EXPORT_FAR, daysLeft: '61 days' } }],
  },
  {
    name: 'countdown: outside a narrower window (windowDays: 7)',
    filename: FILE,
    options: [{ today: '2027-01-10', windowDays: 7 }],
    code: `await fetch('https://api.app.wdesk.com/prototype/platform/audits/a1/procedures/p1/matrices/m1/samples/s1/attachments/f1/export', { method: 'POST' });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 1, column: 7, data: { ...EXPORT_FAR, daysLeft: '21 days' } }],
  },
  {
    name: 'countdown: on the sunset day calls fail',
    filename: FILE,
    options: [{ today: '2027-01-31' }],
    code: `await fetch('https://api.app.wdesk.com/prototype/platform/audits/a1/procedures/p1/matrices/m1/samples/s1/attachments/f1/export', { method: 'POST' });`,
    errors: [{ messageId: 'pastSunset', line: 1, column: 7, data: { ...EXPORT_FAR, daysLeft: '0 days' } }],
  },
  {
    name: 'countdown: after the sunset',
    filename: FILE,
    options: [{ today: '2027-06-01' }],
    code: `await fetch('https://api.app.wdesk.com/prototype/platform/audits/a1/procedures/p1/matrices/m1/samples/s1/attachments/f1/export', { method: 'POST' });`,
    errors: [{ messageId: 'pastSunset', line: 1, column: 7, data: { ...EXPORT_FAR, daysLeft: '-121 days' } }],
  },
  // ---- project import aliases: tsconfig paths (from an extended config) and package.json imports ----
  {
    name: 'a path constant imported through a tsconfig paths alias (@/config/…), sent by a got instance',
    filename: 'test/fixtures/rules/aliased-app/src/jobs/export-job.ts',
    options: [{ today: FAR }],
    code: `import got from 'got';
import { SAMPLE_ATTACHMENT_EXPORT } from '@/config/endpoints';
const api = got.extend({ prefixUrl: process.env.WORKIVA_URL });
const path = SAMPLE_ATTACHMENT_EXPORT.replace('{auditId}', a).replace('{procedureId}', p).replace('{matrixId}', m).replace('{sampleId}', s).replace('{attachmentId}', f);
await api.post(path.slice(1), { json: { format: 'pdf' } });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 5, column: 7, data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/aliased-app/src/config/endpoints.ts:1.' } }],
  },
  {
    name: 'a path helper imported through a package.json imports alias (#lib/…)',
    filename: 'test/fixtures/rules/aliased-app/src/jobs/export-job.ts',
    options: [{ today: FAR }],
    code: `import { attachmentExportPath } from '#lib/paths';
await fetch(base + attachmentExportPath(a, p, m, s, f), { method: 'POST' });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 2, column: 7, data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/aliased-app/lib/paths.ts:2.' } }],
  },
  // ---- paths built in steps, segment lists grown or returned by helpers, routes read by name ---------
  {
    name: 'skeleton net: a path built in steps with += and sent by superagent',
    filename: FILE,
    options: [{ today: FAR }],
    code: `let path = \`/prototype/platform/audits/\${a}\`;
path += \`/procedures/\${p}/matrices/\${m}\`;
path += \`/samples/\${s}/attachments/\${f}/export\`;
await superagent.post(root + path).send({ format: 'pdf' });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 4, column: 7, data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/service.ts:1.', action: `${EXPORT_ACTION} ${SKELETON_NOTE}` }, suggestions: [] }],
  },
  {
    name: 'skeleton net: a segment list grown by push (also conditionally), joined, sent by a plain sender',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const parts: string[] = ['prototype', 'platform', 'audits', a];
if (withProcedure) parts.push('procedures', p);
parts.push('matrices', m, 'samples', s);
parts.push('attachments', f, 'export');
await send(\`\${root}/\${parts.join('/')}\`, { format: 'pdf' });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 5, column: 7, data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/service.ts:1.', action: `${EXPORT_ACTION} ${SKELETON_NOTE}` }, suggestions: [] }],
  },
  {
    name: 'skeleton net: segments returned by a helper, spread into a list with the origin and joined',
    filename: FILE,
    options: [{ today: FAR }],
    code: `function segmentsOf(ref: Ref): string[] {
  return ['prototype', 'platform', 'audits', ref.a, 'procedures', ref.p, 'matrices', ref.m, 'samples', ref.s, 'attachments', ref.f, 'export'];
}
const url = [origin, ...segmentsOf(ref).map(encodeURIComponent)].join('/');
await got.post(url, { json: { format: 'pdf' } });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 5, column: 7, data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/service.ts:2.', action: `${EXPORT_ACTION} ${SKELETON_NOTE}` }, suggestions: [] }],
  },
  {
    name: 'skeleton net: a route read by name off settings a function of another module returns, filled by a formatter',
    filename: FILE,
    options: [{ today: FAR }],
    code: `import type { Settings } from './settings.js';
export async function begin(settings: Settings, ref: Ref) {
  const url = fill(settings.routes.attachmentExport, { base: settings.apiUrl, ...ref });
  return superagent.post(url).send({ format: 'pdf' });
}`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 4, column: 10, data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/settings.ts:13.', action: `${EXPORT_ACTION} ${SKELETON_NOTE}` }, suggestions: [] }],
  },
  // ---- dynamic clients: the path spelled by a chain of property names and calls ---------------------
  {
    name: 'skeleton net: a Proxy-based REST client whose property names and calls spell the path',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const api = createRestClient(base, { headers: { Authorization: \`Bearer \${token}\` } });
const started = await api.prototype.platform.audits(a).procedures(p).matrices(m).samples(s).attachments(f).export.post({ format: 'pdf' });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 2, column: 23, data: { ...EXPORT_FAR, action: `${EXPORT_ACTION} ${SKELETON_NOTE}` }, suggestions: [] }],
  },
  {
    name: 'skeleton net: a fluent builder whose arguments are the segments, sent by its last call',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const res = await client
  .segment('prototype', 'platform')
  .segment('audits', ids.audit)
  .segment('procedures', ids.procedure)
  .segment('matrices', ids.matrix)
  .segment('samples', ids.sample)
  .segment('attachments', ids.attachment, 'export')
  .send({ format: 'pdf' });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 8, column: 4, data: { ...EXPORT_FAR, action: `${EXPORT_ACTION} ${SKELETON_NOTE}` }, suggestions: [] }],
  },
  {
    name: 'skeleton net: segments mapped from a list of collection names (Array.from with a callback), spread into the path',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const COLLECTIONS = ['audits', 'procedures', 'matrices', 'samples', 'attachments'] as const;
const idPath = (ids: string[]) => Array.from(COLLECTIONS, (name, i) => \`\${name}/\${encodeURIComponent(ids[i] ?? '')}\`);
await invoke({ method: 'POST', url: new URL(['prototype', 'platform', ...idPath(ids), 'export'].join('/'), host), json: { format: 'pdf' } });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 3, column: 7, data: { ...EXPORT_FAR, action: `${EXPORT_ACTION} ${SKELETON_NOTE}` }, suggestions: [] }],
  },
  {
    name: 'skeleton net: [name, id] pairs flattened by flatMap, joined after the prefix',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const pairs = [['audits', a], ['procedures', p], ['matrices', m], ['samples', s], ['attachments', f]] as const;
const path = pairs.flatMap(([name, id]) => [name, encodeURIComponent(id)]).join('/');
await call(\`\${root}/prototype/platform/\${path}/export\`, { format: 'pdf' });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 3, column: 7, data: { ...EXPORT_FAR, action: `${EXPORT_ACTION} ${SKELETON_NOTE}` }, suggestions: [] }],
  },
  {
    name: 'skeleton net: a private #method builds the path; a request object names it with a property of its own choosing',
    filename: FILE,
    options: [{ today: FAR }],
    code: `class Exports {
  #exportPath(c: Ref) { return \`/prototype/platform/audits/\${c.a}/procedures/\${c.p}/matrices/\${c.m}/samples/\${c.s}/attachments/\${c.f}/export\`; }
  start(c: Ref) { return rest({ method: 'POST', resource: this.#exportPath(c).slice(1), body: { format: 'pdf' } }); }
}`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 3, column: 26, data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/service.ts:2.', action: `${EXPORT_ACTION} ${SKELETON_NOTE}` }, suggestions: [] }],
  },
  {
    name: 'skeleton net: a static path helper inherited from a base class in another module, sent by the subclass',
    filename: FILE,
    options: [{ today: FAR }],
    code: `import { BaseGateway, type AttachmentRef } from './base-gateway.js';
export class ExportGateway extends BaseGateway {
  async exportPdf(ref: AttachmentRef) {
    return this.send('POST', ExportGateway.attachmentExportPath(ref), { format: 'pdf' });
  }
}`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 4, column: 12, data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/base-gateway.ts:12.', action: `${EXPORT_ACTION} ${SKELETON_NOTE}` }, suggestions: [] }],
  },
  {
    name: 'skeleton net: url.resolve(base, path) with the path from a util.format helper (CommonJS)',
    filename: 'test/fixtures/rules/service.cjs',
    options: [{ today: FAR }],
    code: `const url = require('node:url');
const util = require('node:util');
function exportPath(ids) {
  return util.format('/prototype/platform/audits/%s/procedures/%s/matrices/%s/samples/%s/attachments/%s/export', ids.a, ids.p, ids.m, ids.s, ids.f);
}
function startExport(base, ids) {
  return postJson(url.resolve(base, exportPath(ids)), { format: 'pdf' });
}`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 7, column: 10, data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/service.cjs:4.', action: `${EXPORT_ACTION} ${SKELETON_NOTE}` }, suggestions: [] }],
  },
  {
    name: 'skeleton net: a job object built by a helper, passed through a method and a URL builder, resolved with new URL(path, base) and sent as .href',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const jobFor = (ids: Ids) => ({ pairs: [['audits', ids.a], ['procedures', ids.p], ['matrices', ids.m], ['samples', ids.s], ['attachments', ids.f]], action: 'export' });
function targetUrl(base: string, job: Job): URL {
  const segments = job.pairs.flatMap(([collection, id]) => [collection, encodeURIComponent(id)]);
  return new URL([...segments, job.action].join('/'), base);
}
class Exporter {
  constructor(private readonly base: string) {}
  submit(job: Job) { return superagent.post(targetUrl(this.base, job).href).send({ format: 'pdf' }); }
}
await new Exporter(root).submit(jobFor(ids));`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 8, column: 29, data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/service.ts:1.', action: `${EXPORT_ACTION} ${SKELETON_NOTE}` }, suggestions: [] }],
  },
  {
    name: 'a team layer called with the export path is reported once, at the business call, not at the generic send inside the layer',
    filename: FILE,
    options: [{ today: FAR }],
    code: `async function request(method: string, path: string, body?: unknown) {
  return fetch(root + path, { method, body: JSON.stringify(body) });
}
export const start = (a: string) => request('POST', \`/prototype/platform/audits/\${a}/procedures/p1/matrices/m1/samples/s1/attachments/f1/export\`, { format: 'pdf' });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 4, column: 37, data: EXPORT_FAR }],
  },
  {
    name: 'skeleton net: a Request built by a helper with two returns (successor behind a flag, legacy otherwise), sent by fetch(request)',
    filename: FILE,
    options: [{ today: FAR }],
    code: `function buildExportRequest(host: string, job: Job, useSuccessor: boolean): Request {
  if (useSuccessor) return new Request(\`\${host}/testForms/\${job.t}/testPhases/\${job.p}/matrices/\${job.m}/samples/\${job.s}/attachments/\${job.f}/export\`, { method: 'POST' });
  return new Request(\`\${host}/prototype/platform/audits/\${job.a}/procedures/\${job.p}/matrices/\${job.m}/samples/\${job.s}/attachments/\${job.f}/export\`, { method: 'POST' });
}
const request = buildExportRequest(host, job, flags.isEnabled('successor'));
const res = await fetch(request);`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 6, column: 19, data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/service.ts:3.', action: `${EXPORT_ACTION} ${SKELETON_NOTE}` }, suggestions: [] }],
  },
  {
    name: 'skeleton net: a Proxy client chain split over several consts',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const platform = createRestProxy({ baseUrl }).prototype!.platform!;
const attachment = platform.audits!(a).procedures!(p).matrices!(m).samples!(s).attachments!(f);
const started = await attachment.export!.post({ format: 'pdf' });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 3, column: 23, data: { ...EXPORT_FAR, action: `${EXPORT_ACTION} ${SKELETON_NOTE}` }, suggestions: [] }],
  },
  {
    name: 'skeleton net: a method of an imported value class called on a parameter the matcher cannot type (ref.exportPath())',
    filename: FILE,
    options: [{ today: FAR }],
    code: `import type { SampleAttachmentRef } from './sample-ref.js';
export class ExportRepository {
  constructor(private readonly http: HttpClient) {}
  requestExport(ref: SampleAttachmentRef) { return this.http.post(ref.exportPath(), { format: 'pdf' }); }
}`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 4, column: 52, data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/sample-ref.ts:6.', action: `${EXPORT_ACTION} ${SKELETON_NOTE}` }, suggestions: [] }],
  },
  {
    name: 'skeleton net: a segment list from a helper extended with concat, handed to a URL builder',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const segmentsOf = (r: Ref) => ['prototype', 'platform', 'audits', r.a, 'procedures', r.p, 'matrices', r.m, 'samples', r.s, 'attachments', r.f];
const urlFor = (segments: string[]) => new URL('/' + segments.map(encodeURIComponent).join('/'), origin);
await fetch(urlFor(segmentsOf(ref).concat('export')), { method: 'POST', body: '{"format":"pdf"}' });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 3, column: 7, data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/service.ts:1.', action: `${EXPORT_ACTION} ${SKELETON_NOTE}` }, suggestions: [] }],
  },
  {
    name: 'skeleton net: an endpoint definition whose path is a function, from a namespace import, handed to the team client',
    filename: FILE,
    options: [{ today: FAR }],
    code: `import * as endpoints from './endpoint-defs.js';
const started = await client.call(endpoints.exportAttachment, params, { format: 'pdf' });
const metadata = await client.call(endpoints.getAttachment, params);`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 2, column: 23, data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/endpoint-defs.ts:13.', action: `${EXPORT_ACTION} ${SKELETON_NOTE}` }, suggestions: [] }],
  },
  {
    name: 'skeleton net: a getter of an instance made by a static factory; the path helper whose result goes into a request object is not the sender',
    filename: FILE,
    options: [{ today: FAR }],
    code: `class SampleAttachment {
  constructor(readonly a: string, readonly p: string, readonly m: string, readonly s: string, readonly f: string) {}
  static fromIds(ids: Ids): SampleAttachment { return new SampleAttachment(ids.a, ids.p, ids.m, ids.s, ids.f); }
  get exportPath(): string { return \`/prototype/platform/audits/\${this.a}/procedures/\${this.p}/matrices/\${this.m}/samples/\${this.s}/attachments/\${this.f}/export\`; }
}
const attachment = SampleAttachment.fromIds(ids);
const path = prefixed(attachment.exportPath);
await pool.request({ method: 'POST', path, body: '{"format":"pdf"}' });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 8, column: 7, data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/service.ts:4.', action: `${EXPORT_ACTION} ${SKELETON_NOTE}` }, suggestions: [] }],
  },
  // ---- behind an API gateway: a mount path before the whole prototype path ---------------------------
  {
    name: 'a gateway mount before the prototype path (relative, from a module constant)',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const GATEWAY = '/api/workiva';
const res = await send('POST', \`\${GATEWAY}/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`);`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 2, column: 19, data: EXPORT_FAR }],
  },
  {
    name: 'a gateway mount after an unknown origin, path filled by util.format',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const EXPORT = '%s/workiva-proxy/v1/prototype/platform/audits/%s/procedures/%s/matrices/%s/samples/%s/attachments/%s/export';
const res = await axios.post(util.format(EXPORT, process.env.GATEWAY_URL, a, p, m, s, f), { format: 'pdf' });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 2, column: 19, data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/service.ts:1.', action: `${EXPORT_ACTION} ${SKELETON_NOTE}` }, suggestions: [] }],
  },
  // ---- the skeleton net: idioms the exact evaluation cannot finish ---------------------------------
  {
    name: 'skeleton net: got.extend({ prefixUrl }) with a relative OpenAPI template filled by reduce(replace)',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const EXPORT = 'audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export';
const fill = (template: string, params: Record<string, string>) => Object.entries(params).reduce((path, [key, value]) => path.replace(\`{\${key}}\`, encodeURIComponent(value)), template);
const client = got.extend({ prefixUrl: \`\${base}/prototype/platform\` });
const res = await client.post(fill(EXPORT, ids), { json: { format: 'pdf' } });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 4, column: 19, data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/service.ts:1.', action: `${EXPORT_ACTION} ${SKELETON_NOTE}` }, suggestions: [] }],
  },
  {
    name: 'skeleton net: new URL(base) whose pathname is assigned afterwards, then fetch(url, init)',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const url = new URL(base);
url.pathname = \`/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`;
const res = await fetch(url, { method: 'POST', headers: { ...authHeaders() } });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 3, column: 19, data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/service.ts:2.', action: `${EXPORT_ACTION} ${SKELETON_NOTE}` }, suggestions: [] }],
  },
  {
    name: 'skeleton net: a custom tagged template that encodes its interpolations, sent by a private request method',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const path = (strings: TemplateStringsArray, ...values: string[]) => strings.reduce((out, text, i) => out + text + (i < values.length ? encodeURIComponent(values[i] ?? '') : ''), '');
class Client {
  private async request(method: string, target: string) { return fetch(this.base + target, { method }); }
  start(r: Ref) { return this.request('POST', path\`/prototype/platform/audits/\${r.a}/procedures/\${r.p}/matrices/\${r.m}/samples/\${r.s}/attachments/\${r.f}/export\`); }
}`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 4, column: 26, data: { ...EXPORT_FAR, action: `${EXPORT_ACTION} ${SKELETON_NOTE}` }, suggestions: [] }],
  },
  {
    name: 'skeleton net: ky.create({ prefixUrl }) called with a segment array joined with /',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const api = ky.create({ prefixUrl: base });
const segments = ['prototype', 'platform', 'audits', a, 'procedures', p, 'matrices', m, 'samples', s, 'attachments', f, 'export'];
const res = await api.post(segments.map(encodeURIComponent).join('/'), { json: { format: 'pdf' } });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 3, column: 19, data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/service.ts:2.', action: `${EXPORT_ACTION} ${SKELETON_NOTE}` }, suggestions: [] }],
  },
  {
    name: 'skeleton net: a util.format template in a module constant, sent by the team’s own call(method, url)',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const ATTACHMENT_EXPORT_URL = '%s/prototype/platform/audits/%s/procedures/%s/matrices/%s/samples/%s/attachments/%s/export';
const url = util.format(ATTACHMENT_EXPORT_URL, base, a, p, m, s, f);
const started = await call('POST', url, { body: { format: 'pdf' } });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 3, column: 23, data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/service.ts:1.', action: `${EXPORT_ACTION} ${SKELETON_NOTE}` }, suggestions: [] }],
  },
  {
    name: 'skeleton net: a plain-named sender post(url, body) given a URL from a route table of functions',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const ROUTES = { attachmentExport: '/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId/attachments/:attachmentId/export' };
const compile = (route: string, params: Record<string, string>) => route.replace(/:(\\w+)/g, (_, key: string) => params[key] ?? '');
const endpoints = { exportAttachment: (ref: Ref) => root + compile(ROUTES.attachmentExport, { ...ref }) };
const accepted = await post(endpoints.exportAttachment(ref), { format: 'pdf' });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 4, column: 24, data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/service.ts:1.', action: `${EXPORT_ACTION} ${SKELETON_NOTE}` }, suggestions: [] }],
  },
  {
    name: 'skeleton net: an operation table named by a string literal (api.call(operationId, params))',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const OPERATIONS = { exportSampleAttachment: { method: 'POST', path: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export' } } as const;
const accepted = await api.call('exportSampleAttachment', { ...ids }, { format: 'pdf' });`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 2, column: 24, data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/service.ts:1.', action: `${EXPORT_ACTION} ${SKELETON_NOTE}` }, suggestions: [] }],
  },
  {
    name: 'skeleton net: a fluent SDK carrying the path from resource to resource through constructors',
    filename: FILE,
    options: [{ today: FAR }],
    code: `class Resource { constructor(readonly path: string) {} }
class Audit extends Resource { sample(id: string) { return new Sample(\`\${this.path}/procedures/\${p}/matrices/\${m}/samples/\${id}\`); } }
class Sample extends Resource { export(id: string) { return ky.post(\`\${this.path}/attachments/\${id}/export\`, { json: { format: 'pdf' } }); } }
export const audit = (id: string) => new Audit(\`\${base}/prototype/platform/audits/\${id}\`);`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 3, column: 61, data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/service.ts:4.', action: `${EXPORT_ACTION} ${SKELETON_NOTE}` }, suggestions: [] }],
  },
  {
    name: 'skeleton net: fetch with an init it cannot read (the method may be POST)',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const res = await fetch(\`\${base}/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`, jsonInit('POST', token, body));`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 1, column: 19, data: { ...EXPORT_FAR, action: `${EXPORT_ACTION} ${SKELETON_NOTE}` }, suggestions: [] }],
  },
  // ---- a whole path built here whose sender was not identified: reported where it is built ----
  {
    name: 'a getter building the path, sent as this.exportUrl by a mixin another module composes with it',
    filename: `${UNSENT}/resource.ts`,
    options: [{ today: FAR }],
    code: unsentFixture('resource.ts'),
    errors: [
      {
        messageId: 'deprecatedEndpoint',
        line: 15,
        column: 12,
        data: { ...EXPORT_FAR, builtAt: ' This builds its path, handed on as the getter `exportUrl`; the call that sends it was not identified, here or in the files that import this one.', action: UNSENT_PATH_ACTION },
      },
    ],
  },
  {
    name: 'a class field holding the path, read into a job payload the matcher cannot follow to a request',
    filename: FILE,
    options: [{ today: FAR }],
    code: `class ExportJob {
  readonly url = \`\${base}/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`;
}
await queue.add('export', { url: new ExportJob().url });`,
    errors: [
      {
        messageId: 'deprecatedEndpoint',
        line: 2,
        column: 18,
        data: { ...EXPORT_FAR, builtAt: ' This builds its path, handed on as the field `url`; the call that sends it was not identified, here or in the files that import this one.', action: UNSENT_PATH_ACTION },
      },
    ],
  },
  {
    name: 'a request built by a fluent builder and sent by another call: reported once, where it is sent',
    filename: FILE,
    options: [{ today: FAR }],
    code: `import superagent from 'superagent';
class RequestBuilder {
  private segments: string[] = [];
  withSegments(...parts: string[]): this {
    this.segments.push(...parts);
    return this;
  }
  build() {
    return superagent.post(\`\${base}/\${this.segments.join('/')}\`);
  }
}
const request = new RequestBuilder().withSegments('prototype', 'platform', 'audits', a, 'procedures', p).withSegments('matrices', m, 'samples', s, 'attachments', f, 'export').build();
const res = await request.retry(2);`,
    errors: [{ messageId: 'deprecatedEndpoint', line: 13, column: 19, data: { ...EXPORT_FAR, action: `${EXPORT_ACTION} ${SKELETON_NOTE}` } }],
  },
  {
    name: 'an OpenAPI-generated client without eslint-disable: the path reaches createRequestFunction() through objects and awaits (setSearchParams only sets the query)',
    filename: FILE,
    options: [{ today: FAR }],
    code: `export const ExportApiParamCreator = function (configuration?: { baseOptions?: object }) {
  return {
    exportAttachment: async (auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string) => {
      const localVarPath = \`/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export\`
        .replace('{auditId}', encodeURIComponent(auditId))
        .replace('{procedureId}', encodeURIComponent(procedureId))
        .replace('{matrixId}', encodeURIComponent(matrixId))
        .replace('{sampleId}', encodeURIComponent(sampleId))
        .replace('{attachmentId}', encodeURIComponent(attachmentId));
      const localVarUrlObj = new URL(localVarPath, 'https://example.com');
      setSearchParams(localVarUrlObj, {});
      return { url: toPathString(localVarUrlObj), options: { method: 'POST', ...configuration?.baseOptions } };
    },
  };
};
export const ExportApiFp = function (configuration?: { baseOptions?: object }) {
  const paramCreator = ExportApiParamCreator(configuration);
  return {
    async exportAttachment(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string) {
      const args = await paramCreator.exportAttachment(auditId, procedureId, matrixId, sampleId, attachmentId);
      return (axios: unknown, basePath: string) => createRequestFunction(args, globalAxios, BASE_PATH, configuration)(axios, basePath);
    },
  };
};`,
    errors: [
      {
        messageId: 'deprecatedEndpoint',
        line: 4,
        column: 28,
        data: { ...EXPORT_FAR, builtAt: ' This builds its path, handed on as an argument of `createRequestFunction()`; the call that sends it was not identified, here or in the files that import this one.', action: UNSENT_PATH_ACTION },
      },
    ],
  },
  {
    name: 'skeleton net on an endpoint migrate does not rewrite (samples/update): no withExportRouting note in its message',
    filename: FILE,
    options: [{ today: FAR }],
    code: `const path = ['prototype', 'platform', 'audits', a, 'procedures', p, 'matrices', m, 'samples', 'update'].join('/');
await send(\`\${base}/\${path}\`, { method: 'POST', body });`,
    errors: [
      {
        messageId: 'deprecatedEndpoint',
        line: 2,
        column: 7,
        data: {
          ...EXPORT_FAR,
          path: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/update',
          docName: 'Update samples of a matrix',
          builtAt: ' The path is built at test/fixtures/rules/service.ts:1.',
          action: NO_SUCCESSOR_ACTION,
        },
      },
    ],
  },
  {
    name: 'an imported endpoint descriptor (endpoint<Req, Res>()({ method, path })) passed to a team client: reported at the call',
    filename: 'test/fixtures/rules/descriptors/main.ts',
    options: [{ today: FAR }],
    code: `import { exportSampleAttachment } from './endpoints.js';
const accepted = await client.call(exportSampleAttachment, ids, { format: 'pdf' });`,
    errors: [
      {
        messageId: 'deprecatedEndpoint',
        line: 2,
        column: 24,
        data: { ...EXPORT_FAR, builtAt: ' The path is built at test/fixtures/rules/descriptors/endpoints.ts:10.', action: `${EXPORT_ACTION} ${SKELETON_NOTE}` },
      },
    ],
  },
];
