// The catalog matcher on URL parts directly: what may precede and follow an endpoint path.
import { describe, expect, it } from 'vitest';
import type { UrlPart } from '../../src/matcher/index.js';
import { matchCatalog } from '../../src/matcher/match-catalog.js';

const text = (value: string): UrlPart => ({ kind: 'text', value, at: null });
const dyn = (source: string, encoded = false): UrlPart => ({ kind: 'dynamic', node: null, text: source, at: null, encoded });
const options = { implicitBase: false, siteFile: '/x.ts', siteRange: [0, 0] as const };

describe('matchCatalog', () => {
  it('accepts nothing, an origin, or a dynamic base before the path', () => {
    expect(matchCatalog([text('/prototype/platform/files/export')], 'POST', options)?.entry.id).toBe('files-export');
    expect(matchCatalog([text('https://api.app.wdesk.com/prototype/platform/files/export')], 'POST', options)?.base).toEqual([text('https://api.app.wdesk.com')]);
    expect(matchCatalog([text('http://127.0.0.1:8080/prototype/platform/files/export')], 'POST', options)).not.toBeNull();
    expect(matchCatalog([dyn('BASE'), text('/prototype/platform/files/export')], 'POST', options)?.base).toEqual([dyn('BASE')]);
    expect(matchCatalog([text('https://'), dyn('host'), text('/prototype/platform/files/export')], 'POST', options)).not.toBeNull();
    expect(matchCatalog([dyn('scheme'), text('://api.app.wdesk.com/prototype/platform/files/export')], 'POST', options)).not.toBeNull();
  });

  it('refuses a literal path prefix before the path', () => {
    expect(matchCatalog([text('https://x.example/v1/prototype/platform/files/export')], 'POST', options)).toBeNull();
    expect(matchCatalog([dyn('BASE'), text('/v1/prototype/platform/files/export')], 'POST', options)).toBeNull();
    expect(matchCatalog([text('api/prototype/platform/files/export')], 'POST', options)).toBeNull();
  });

  it('accepts only a query or a fragment after the path', () => {
    expect(matchCatalog([text('/prototype/platform/files/export?x=1')], 'POST', options)?.suffix).toEqual([text('?x=1')]);
    expect(matchCatalog([text('/prototype/platform/files/export#top')], 'POST', options)).not.toBeNull();
    expect(matchCatalog([text('/prototype/platform/files/export/')], 'POST', options)).toBeNull();
    expect(matchCatalog([text('/prototype/platform/files/export'), dyn('rest')], 'POST', options)).toBeNull();
    expect(matchCatalog([text('/prototype/platform/files/export?'), dyn('query')], 'POST', options)?.suffix).toEqual([text('?'), dyn('query')]);
  });

  it('lets a parameter be one segment of text and dynamic parts, never across /', () => {
    const match = matchCatalog([text('/prototype/platform/files/'), dyn('prefix'), text('-'), dyn('id'), text('/export')], 'POST', options);
    expect(match?.params['fileId']).toEqual({ kind: 'expression', node: null, text: '`${prefix}-${id}`', encoded: false });
    expect(matchCatalog([text('/prototype/platform/files/a/b/export')], 'POST', options)).toBeNull();
    expect(matchCatalog([text('/prototype/platform/files/'), dyn('id', true), text('/export')], 'POST', options)?.params['fileId']).toEqual({
      kind: 'expression',
      node: null,
      text: 'id',
      encoded: true,
    });
  });

  it('requires the method to match', () => {
    expect(matchCatalog([text('/prototype/platform/files/export')], 'GET', options)).toBeNull();
    expect(matchCatalog([text('/prototype/platform/audits/A')], 'GET', options)?.entry.id).toBe('audit-by-id');
    expect(matchCatalog([text('/prototype/platform/audits/A')], 'DELETE', options)).toBeNull();
  });

  it('lets an unresolved base stand for /prototype/platform only before a distinctive path', () => {
    const sample = [dyn('BASE'), text('/audits/'), dyn('a'), text('/procedures/'), dyn('p'), text('/matrices/'), dyn('m'), text('/samples/'), dyn('s')];
    expect(matchCatalog(sample, 'GET', options)?.entry.id).toBe('audit-sample-by-id');
    expect(matchCatalog(sample.slice(1), 'GET', options)).toBeNull();
    expect(matchCatalog(sample.slice(1), 'GET', { ...options, implicitBase: true })?.entry.id).toBe('audit-sample-by-id');
    expect(matchCatalog([dyn('BASE'), text('/audits/'), dyn('a')], 'GET', options)).toBeNull();
    expect(matchCatalog([dyn('BASE'), text('/files/export')], 'POST', options)).toBeNull();
    expect(matchCatalog([dyn('BASE'), text('/api/v2/audits/'), dyn('a'), text('/procedures/p/matrices/m/samples/s')], 'GET', options)).toBeNull();
  });

  it('takes a gateway mount before the whole prototype path of an audit endpoint, and keeps it in the base', () => {
    const exportPath = [text('/prototype/platform/audits/'), dyn('a'), text('/procedures/p/matrices/m/samples/s/attachments/f/export')];
    expect(matchCatalog([text('/api/workiva'), ...exportPath], 'POST', options)?.base).toEqual([text('/api/workiva')]);
    expect(matchCatalog([dyn('GATEWAY'), text('/proxy/wk'), ...exportPath], 'POST', options)?.entry.id).toBe('audit-sample-attachment-export');
    expect(matchCatalog([text('https://gw.example.com/workiva'), ...exportPath], 'POST', options)?.entry.id).toBe('audit-sample-attachment-export');
    expect(matchCatalog([text('https://gw.example.com/workiva/'), ...exportPath], 'POST', options)).toBeNull();
    expect(matchCatalog([text('https://gw.example.com/v3/prototype/platform/files/export')], 'POST', options)).toBeNull();
  });

  it('prefers the most specific entry: /files/export is not /files/{fileId} with fileId "export"', () => {
    expect(matchCatalog([text('/prototype/platform/files/export')], 'POST', options)?.entry.id).toBe('files-export');
    expect(matchCatalog([text('/prototype/platform/audits/A/procedures/P/matrices/M/samples/update')], 'POST', options)?.entry.id).toBe('audit-samples-update');
  });
});
