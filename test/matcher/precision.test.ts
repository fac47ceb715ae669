// What the matcher deliberately does not report: successors, lookalikes, metadata reads, strings
// that are logged, thrown, documented or built but never sent.
import { describe, expect, it } from 'vitest';
import { sitesOf } from './helpers.js';

const EXPORT_PATH = '/prototype/platform/audits/${a}/procedures/${p}/matrices/${m}/samples/${s}/attachments/${at}/export';
const PRELUDE = 'declare const a: string, p: string, m: string, s: string, at: string, BASE: string;\n';

describe('no site', () => {
  it('for the successor path /testForms/.../export', () => {
    expect(sitesOf(`${PRELUDE}fetch(\`\${BASE}/testForms/\${a}/testPhases/\${p}/matrices/\${m}/samples/\${s}/attachments/\${at}/export\`, { method: 'POST' });`)).toEqual([]);
    expect(sitesOf(`${PRELUDE}fetch(\`\${BASE}/platform/v1/testForms/\${a}/testPhases/\${p}/matrices/\${m}/samples/\${s}/attachments/\${at}/export\`, { method: 'POST' });`)).toEqual([]);
  });

  it('for a GET of the attachment metadata', () => {
    expect(sitesOf(`${PRELUDE}fetch(\`\${BASE}/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${at}\`);`)).toEqual([]);
  });

  it('for lookalike paths of other APIs (a literal different prefix)', () => {
    expect(sitesOf(`${PRELUDE}fetch(\`\${BASE}/api/v2/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${at}/export\`, { method: 'POST' });`)).toEqual([]);
    expect(sitesOf(`${PRELUDE}fetch(\`\${BASE}/platform/v1/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${at}/export\`, { method: 'POST' });`)).toEqual([]);
    expect(sitesOf(`${PRELUDE}fetch(\`https://example.com/v3/prototype/platform/files/export\`, { method: 'POST' });`)).toEqual([]);
    expect(sitesOf(`${PRELUDE}fetch(\`\${BASE}/prototype/platform/files/export/extra\`, { method: 'POST' });`)).toEqual([]);
  });

  it('for an unresolved base before a path that is not distinctive', () => {
    expect(sitesOf(`${PRELUDE}fetch(\`\${BASE}/audits/\${a}\`);`)).toEqual([]);
    expect(sitesOf(`${PRELUDE}fetch(\`\${BASE}/files/export\`, { method: 'POST' });`)).toEqual([]);
  });

  it('but takes an unresolved base before /audits/{id}/procedures/... as the prototype prefix', () => {
    const sites = sitesOf(`${PRELUDE}fetch(\`\${BASE}/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${at}/export\`, { method: 'POST' });`);
    expect(sites.map((site) => site.match.entry.id)).toEqual(['audit-sample-attachment-export']);
  });

  it('for comments and doc strings', () => {
    expect(
      sitesOf(`
        /** Calls POST /prototype/platform/files/export (deprecated) */
        // fetch('/prototype/platform/files/export', { method: 'POST' })
        export const doc = 'See /prototype/platform/files/export';
      `),
    ).toEqual([]);
  });

  it('for log messages and thrown errors', () => {
    expect(
      sitesOf(`${PRELUDE}
        declare const logger: any, log: any, debug: any;
        const url = \`\${BASE}${EXPORT_PATH}\`;
        console.log('POST', url);
        console.error(\`POST \${url} failed\`);
        logger.info('POST', url);
        log.warn('POST', url);
        this.logger.debug('POST', url);
        debug('POST', url);
        throw new Error(\`POST \${url} failed\`);
      `),
    ).toEqual([]);
  });

  it('for strings built but never sent', () => {
    expect(sitesOf(`${PRELUDE}export const EXPORT_URL = \`\${BASE}${EXPORT_PATH}\`; const copy = EXPORT_URL.replace('x', 'y');`)).toEqual([]);
  });

  it('for route registrations and collection reads', () => {
    expect(
      sitesOf(`${PRELUDE}
        declare const app: any, cache: Map<string, string>;
        app.post('/prototype/platform/files/export', (req: any, res: any) => res.send());
        const seen = new Map<string, number>();
        seen.get('/prototype/platform/audits/' + a);
        cache.get('/prototype/platform/audits/' + a);
      `),
    ).toEqual([]);
  });

  it('exactly, for a method that is not known statically (the skeleton net reports it, never rewritten)', () => {
    const sites = sitesOf(`${PRELUDE}declare const method: string;\nfetch(\`\${BASE}${EXPORT_PATH}\`, { method });`);
    expect(sites.map((site) => site.foundBySkeleton)).toEqual([true]);
  });

  it('for a trailing unknown part that could be more path', () => {
    expect(sitesOf(`${PRELUDE}declare const rest: string;\nfetch(\`\${BASE}/prototype/platform/files/export\${rest}\`, { method: 'POST' });`)).toEqual([]);
  });
});
