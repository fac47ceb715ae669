// The skeleton net: a catalog path recognised by its fixed segments in order, whatever the
// placeholder syntax and however the pieces are joined, and followed to the call that sends it.
import { describe, expect, it } from 'vitest';
import { matchSkeleton } from '../../src/matcher/skeleton.js';
import type { UrlPart } from '../../src/matcher/types.js';
import { EXPORT_ID, nodeText, sitesOf } from './helpers.js';

const text = (value: string): UrlPart => ({ kind: 'text', value, at: null });
const hole = (name: string): UrlPart => ({ kind: 'dynamic', node: null, text: name, at: null, encoded: false });
const entryOf = (...parts: UrlPart[]) => matchSkeleton(parts)?.entry.id ?? null;

describe('matchSkeleton', () => {
  it('reads every placeholder syntax as a parameter: {x}, :x, %s, <x>, literal ids, unknown pieces', () => {
    expect(entryOf(text('/prototype/platform/audits/{a}/procedures/{p}/matrices/{m}/samples/{s}/attachments/{f}/export'))).toBe(EXPORT_ID);
    expect(entryOf(text('/prototype/platform/audits/:a/procedures/:p/matrices/:m/samples/:s/attachments/:f/export'))).toBe(EXPORT_ID);
    expect(entryOf(text('%s/prototype/platform/audits/%s/procedures/%s/matrices/%s/samples/%s/attachments/%s/export'))).toBe(EXPORT_ID);
    expect(entryOf(text('/prototype/platform/audits/<a>/procedures/p1/matrices/m1/samples/s1/attachments/f1/export'))).toBe(EXPORT_ID);
    expect(entryOf(hole('base'), text('/prototype/platform/audits/'), hole('a'), text('/procedures/'), hole('p'), text('/matrices/m/samples/s/attachments/'), hole('f'), text('/export'))).toBe(EXPORT_ID);
  });

  it('gives the parameters as written, the base before the path and a query after it', () => {
    const match = matchSkeleton([hole('base'), text('/prototype/platform/audits/{a}/procedures/:p/matrices/%s/samples/s1/attachments/'), hole('id'), text('/export?x=1')]);
    expect(Object.values(match?.params ?? {}).map((value) => (value.kind === 'literal' ? value.value : value.text))).toEqual(['{a}', ':p', '%s', 's1', 'id']);
    expect(match?.base).toEqual([hole('base')]);
    expect(match?.suffix.map((part) => (part.kind === 'text' ? part.value : ''))).toEqual(['?x=1']);
  });

  it('takes a relative path (prefix-URL instances) and a base that supplies /prototype/platform before /audits', () => {
    expect(entryOf(text('prototype/platform/audits/a/procedures/p/matrices/m/samples/s/attachments/f/export'))).toBe(EXPORT_ID);
    expect(entryOf(text('audits/{a}/procedures/{p}/matrices/{m}/samples/{s}/attachments/{f}/export'))).toBe(EXPORT_ID);
    expect(entryOf(hole('base'), text('/audits/a/procedures/p/matrices/m/samples/s/attachments/f/export'))).toBe(EXPORT_ID);
    expect(entryOf(text('https://api.app.wdesk.com/prototype/platform/files/export'))).toBe('files-export');
  });

  it('takes a gateway mount before the whole prototype path of an audit endpoint, after any accepted base', () => {
    const tail = '/prototype/platform/audits/{a}/procedures/{p}/matrices/{m}/samples/{s}/attachments/{f}/export';
    expect(entryOf(text(`/api/workiva${tail}`))).toBe(EXPORT_ID);
    expect(entryOf(text(`https://gw.example.com/workiva-proxy/v1${tail}`))).toBe(EXPORT_ID);
    expect(entryOf(hole('gateway'), text(`/wk${tail}`))).toBe(EXPORT_ID);
    expect(matchSkeleton([text(`/api/workiva${tail}`)])?.base).toEqual([text('/api/workiva')]);
    // Not before an inferred path, not before a less distinctive entry, not after a doubled slash.
    expect(entryOf(text('/api/workiva/audits/a/procedures/p/matrices/m/samples/s/attachments/f/export'))).toBeNull();
    expect(entryOf(text('https://gw.example.com/mount/prototype/platform/files/export'))).toBeNull();
    expect(entryOf(text(`https://gw.example.com/mount/${tail}`))).toBeNull();
  });

  it('rejects other APIs, other paths, a doubled slash after a known origin, and prose', () => {
    expect(entryOf(text('/api/v2/audits/a/procedures/p/matrices/m/samples/s/attachments/f/export'))).toBeNull();
    expect(entryOf(hole('base'), text('/platform/v1/audits/a/procedures/p/matrices/m/samples/s/attachments/f/export'))).toBeNull();
    expect(entryOf(text('https://example.com/v3/prototype/platform/files/export'))).toBeNull();
    expect(entryOf(text('files/export'))).toBeNull();
    expect(entryOf(text('/testForms/t/testPhases/p/matrices/m/samples/s/attachments/f/export'))).toBeNull();
    expect(entryOf(text('https://api.app.wdesk.com//prototype/platform/files/export'))).toBeNull();
    expect(entryOf(text('/prototype/platform/audits/a/procedures/p/matrices/m/samples/s/attachments/f/export/status'))).toBeNull();
    expect(entryOf(text('POST /prototype/platform/audits/a/procedures/p/matrices/m/samples/s/attachments/f/export'))).toBeNull();
    expect(entryOf(text('/prototype/platform/audits/a/procedures/*/matrices/*/samples'))).toBeNull();
  });

  it('leaves entries ending in a parameter to the exact match (they are prefixes of the others)', () => {
    expect(entryOf(text('/prototype/platform/audits/{auditId}'))).toBeNull();
    expect(entryOf(text('/prototype/platform/audits/{a}/procedures/{p}/matrices/{m}/samples/{s}'))).toBeNull();
  });
});

describe('the net over a file', () => {
  const skeletonSites = (code: string, file?: string) =>
    sitesOf(code, file ? { file } : {}).map((site) => [nodeText(code, site.node).split('(')[0], site.client, site.match.entry.id, site.foundBySkeleton ?? false]);

  it('follows a variable rewritten by .replace() (generated clients) to the helper that sends it', () => {
    const code = `let urlPath = '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export';
urlPath = urlPath.replace('{auditId}', encodeURIComponent(p.auditId));
const response = await this.request({ path: urlPath, method: 'POST', headers });`;
    expect(skeletonSites(code)).toEqual([['this.request', 'http-helper', EXPORT_ID, true]]);
  });

  it('reports the sender, not the call whose result is only a URL handed on', () => {
    const code = `const fill = (t: string, p: object) => Object.entries(p).reduce((out, [k, v]) => out.replace(':' + k, v), t);
const url = fill('/prototype/platform/audits/:a/procedures/:p/matrices/:m/samples/:s/attachments/:f/export', ids);
await dispatch(url);
await dispatch(withBase(fill('/prototype/platform/audits/:a/procedures/:p/matrices/:m/samples/:s/attachments/:f/export', ids)));`;
    expect(skeletonSites(code)).toEqual([
      ['dispatch', 'unidentified', EXPORT_ID, true],
      ['dispatch', 'unidentified', EXPORT_ID, true],
    ]);
  });

  it('reads this.method() and Ctor.prototype.method helpers of the same module', () => {
    const code = `const superagent = require('superagent');
function Client(root) { this.root = root; }
Client.prototype.attachmentUrl = function (a) { return this.root + '/prototype/platform/audits/' + a.auditId + '/procedures/' + a.procedureId + '/matrices/' + a.matrixId + '/samples/' + a.sampleId + '/attachments/' + a.attachmentId; };
Client.prototype.start = function (a) { return superagent('POST', this.attachmentUrl(a) + '/export').send({ format: 'pdf' }); };`;
    expect(skeletonSites(code, 'legacy.cjs')).toEqual([['superagent', 'superagent', EXPORT_ID, true]]);
  });

  it('reads a CommonJS module.exports template of a sibling through a destructured require', () => {
    const code = `const util = require('node:util');
const { ATTACHMENT_EXPORT_URL } = require('./skeleton/endpoints.cjs');
const started = await call('POST', util.format(ATTACHMENT_EXPORT_URL, base, a, p, m, s, f), { body });`;
    expect(skeletonSites(code, 'exporter.cjs')).toEqual([['call', 'http-helper', EXPORT_ID, true]]);
  });

  it('finds an operation id of a route table reached through an imported client', () => {
    const code = `import { PlatformApi } from './skeleton/api-client.js';
export const run = (api: PlatformApi) => api.call('exportSampleAttachment', { ...ids });
export const audit = (api: PlatformApi) => api.call('getAudit', { auditId });`;
    expect(skeletonSites(code)).toEqual([['api.call', 'http-helper', EXPORT_ID, true]]);
  });

  it("reads a getter, a method and a field of an instance of the code's own class", () => {
    const code = `class SampleRef {
  constructor(readonly auditId: string, readonly procedureId: string, readonly matrixId: string, readonly sampleId: string, readonly attachmentId: string) {}
  get exportPath(): string {
    return \`/prototype/platform/audits/\${this.auditId}/procedures/\${this.procedureId}/matrices/\${this.matrixId}/samples/\${this.sampleId}/attachments/\${this.attachmentId}/export\`;
  }
  exportUrl(base: string): string {
    return base + this.exportPath;
  }
}
class Job extends SampleRef {
  readonly target = ['prototype', 'platform', 'audits', this.auditId, 'procedures', this.procedureId, 'matrices', this.matrixId, 'samples', this.sampleId, 'attachments', this.attachmentId, 'export'].join('/');
}
const ref = new SampleRef(a, p, m, s, f);
await fetch(new URL(ref.exportPath, base), { method: 'POST' });
await fetch(ref.exportUrl(base), { method: 'POST' });
const job = new Job(a, p, m, s, f);
await client.post(job.target, { format: 'pdf' });`;
    expect(skeletonSites(code)).toEqual([
      ['fetch', 'fetch', EXPORT_ID, true],
      ['fetch', 'fetch', EXPORT_ID, true],
      ['client.post', 'http-helper', EXPORT_ID, true],
    ]);
  });

  it("does not take an instance member that spells another path, nor a getter read by a logger or a GET", () => {
    const code = `class SampleRef {
  constructor(readonly auditId: string) {}
  get exportPath(): string {
    return \`/prototype/platform/audits/\${this.auditId}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`;
  }
  get successorPath(): string {
    return \`/testForms/\${this.auditId}/testPhases/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`;
  }
}
const ref = new SampleRef(a);
await fetch(new URL(ref.successorPath, base), { method: 'POST' });
console.info('exporting', ref.exportPath);
await fetch(ref.exportPath, { method: 'GET' });`;
    expect(skeletonSites(code)).toEqual([]);
  });

  it('reads a segment array handed to a path builder, and segments given as its arguments', () => {
    const code = `import axios from 'axios';
function buildPath(segments: string[]): string {
  return '/' + segments.map(encodeURIComponent).join('/');
}
const toPath = (...segments: string[]) => segments.map((segment) => encodeURIComponent(segment)).join('/');
await fetch(base + buildPath(['prototype', 'platform', 'audits', a, 'procedures', p, 'matrices', m, 'samples', s, 'attachments', f, 'export']), { method: 'POST' });
await axios.post(\`\${base}/\${toPath('prototype', 'platform', 'audits', a, 'procedures', p, 'matrices', m, 'samples', s, 'attachments', f, 'export')}\`, { format: 'pdf' });`;
    expect(skeletonSites(code)).toEqual([
      ['fetch', 'fetch', EXPORT_ID, true],
      ['axios.post', 'axios', EXPORT_ID, true],
    ]);
  });

  it('does not take segments of the successor, segments out of order, or a segment list that is only logged', () => {
    const code = `const toPath = (...segments: string[]) => segments.join('/');
await fetch(base + toPath('testForms', a, 'testPhases', p, 'matrices', m, 'samples', s, 'attachments', f, 'export'), { method: 'POST' });
await fetch(base + toPath('prototype', 'platform', 'audits', a, 'matrices', m, 'procedures', p, 'samples', s, 'attachments', f, 'export'), { method: 'POST' });
console.log(['prototype', 'platform', 'audits', a, 'procedures', p, 'matrices', m, 'samples', s, 'attachments', f, 'export']);`;
    expect(skeletonSites(code)).toEqual([]);
  });

  it('keeps exact sites exact: a site the exact match found is not reported twice', () => {
    const code = `const url = \`\${base}/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`;
await fetch(url, { method: 'POST' });`;
    expect(skeletonSites(code)).toEqual([['fetch', 'fetch', EXPORT_ID, false]]);
  });
});
