// Constants, helpers and client instances imported from sibling modules (real files under
// test/fixtures/matcher/), through named, default, namespace and re-exports.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_ID, FIXTURES, baseText, nodeText, onlySite, paramTexts, sitesOf } from './helpers.js';

const fixture = (name: string) => path.join(FIXTURES, name);

describe('sibling modules', () => {
  it('a named const with :placeholders, a base URL from another module, .js specifier to a .ts file', () => {
    const code = `
      import { EXPORT_PATH } from './paths.js';
      import { WORKIVA_API_URL } from './config.js';
      declare const ref: any;
      fetch(WORKIVA_API_URL + EXPORT_PATH.replace(':auditId', ref.auditId).replace(':procedureId', ref.procedureId)
        .replace(':matrixId', ref.matrixId).replace(':sampleId', ref.sampleId).replace(':attachmentId', ref.attachmentId), { method: 'POST' });
    `;
    const site = onlySite(code);
    expect(site.match.entry.id).toBe(EXPORT_ID);
    expect(site.match.builtAt).toEqual({ file: fixture('paths.ts'), line: 3, column: 2 });
    expect(paramTexts(site)).toMatchObject({ auditId: 'ref.auditId', attachmentId: 'ref.attachmentId' });
    const base = site.match.base[0];
    expect(base?.kind === 'dynamic' && base.node && nodeText(code, base.node)).toBe('WORKIVA_API_URL');
  });

  it('an object constant, an aliased export, an extensionless specifier', () => {
    const sites = sitesOf(`
      import { PATHS, FILE_EXPORT_PATH } from './paths';
      declare const id: string;
      fetch(PATHS.filesExport, { method: 'POST' });
      fetch(FILE_EXPORT_PATH.replace(':fileId', id), { method: 'POST' });
    `);
    expect(sites.map((site) => site.match.entry.id)).toEqual(['files-export', 'file-export-by-id']);
    expect(sites[1]?.match.builtAt?.file).toBe(fixture('paths.ts'));
  });

  it('a namespace import and a default export', () => {
    const sites = sitesOf(`
      import * as paths from './paths.js';
      import FILES from './default-path.js';
      fetch(paths.PATHS.filesExport, { method: 'POST' });
      fetch(FILES, { method: 'POST' });
    `);
    expect(sites.map((site) => [site.match.entry.id, path.basename(site.match.builtAt?.file ?? '')])).toEqual([
      ['files-export', 'paths.ts'],
      ['files-export', 'default-path.ts'],
    ]);
  });

  it('re-exports: export *, export { x as y } from, export * as ns, default as name, index resolution', () => {
    const sites = sitesOf(`
      import { EXPORT_PATH, ROUTES, allPaths, FILES_EXPORT } from './reexport';
      declare const id: string;
      fetch(ROUTES.filesExport, { method: 'POST' });
      fetch(allPaths.PATHS.filesExport, { method: 'POST' });
      fetch(FILES_EXPORT, { method: 'POST' });
      fetch(EXPORT_PATH.replace(':auditId', id), { method: 'POST' });
    `);
    expect(sites.map((site) => site.match.entry.id)).toEqual(['files-export', 'files-export', 'files-export', EXPORT_ID]);
  });

  it('a chain of re-exports a → b → c', () => {
    expect(onlySite(`import { FROM_A } from './chain/a.js';\nfetch(FROM_A, { method: 'POST' });`).match.builtAt?.file).toBe(fixture('chain/c.ts'));
  });

  it('a helper function from a sibling: parameters map to this call’s arguments', () => {
    const code = `
      import { exportUrl, auditUrl } from './url-helpers.js';
      declare const r: any;
      fetch(exportUrl(r.a, r.p, r.m, r.s, r.t), { method: 'POST' });
      fetch(auditUrl(r));
    `;
    const [exportSite, auditSite] = sitesOf(code);
    expect(exportSite?.match.entry.id).toBe(EXPORT_ID);
    expect(paramTexts(exportSite!)).toEqual({ auditId: 'r.a', procedureId: 'r.p', matrixId: 'r.m', sampleId: 'r.s', attachmentId: 'enc:r.t' });
    const audit = exportSite?.match.params['auditId'];
    expect(audit?.kind === 'expression' && audit.node && nodeText(code, audit.node)).toBe('r.a');
    expect(baseText(exportSite!)).toBe('{WORKIVA_API_URL}');
    expect(exportSite?.match.base[0]).toMatchObject({ kind: 'dynamic', node: null });
    expect(exportSite?.match.builtAt?.file).toBe(fixture('url-helpers.ts'));
    expect(auditSite?.match.entry.id).toBe('audit-by-id');
    expect(paramTexts(auditSite!)).toEqual({ auditId: 'r.auditId' });
  });

  it('an axios instance and a got instance created in a sibling module', () => {
    const code = `
      import workiva, { gotClient } from './client.js';
      declare const ref: any;
      workiva.post(\`/audits/\${ref.auditId}/procedures/\${ref.procedureId}/matrices/\${ref.matrixId}/samples/\${ref.sampleId}/attachments/\${ref.attachmentId}/export\`, { format: 'pdf' });
      gotClient.post('files/export');
    `;
    const [axiosSite, gotSite] = sitesOf(code);
    expect(axiosSite?.client).toBe('axios');
    expect(axiosSite?.match.entry.id).toBe(EXPORT_ID);
    expect(axiosSite?.instance && nodeText(code, axiosSite.instance.node)).toBe('workiva');
    expect(axiosSite?.match.builtAt?.file).toBe(fixture('config.ts'));
    expect(gotSite?.client).toBe('got');
    expect(baseText(gotSite!)).toBe('https://api.app.wdesk.com');
  });

  it('a URL helper from a sibling without endpoint text of its own, called with endpoint text', () => {
    const code = `import { withBase } from './plain.js';\ndeclare const id: string;\nfetch(withBase('/prototype/platform/audits/' + id));`;
    const site = onlySite(code);
    expect(site.match.entry.id).toBe('audit-by-id');
    expect(baseText(site)).toBe('https://api.app.wdesk.com');
    expect(site.match.builtAt).toBeNull();
    expect(paramTexts(site)).toEqual({ auditId: 'id' });
  });

  it('a sibling that does not parse leaves its exports unknown (no site, no throw)', () => {
    expect(sitesOf(`import { BROKEN } from './broken.js';\nfetch(BROKEN, { method: 'POST' });`)).toEqual([]);
  });

  it('a missing module or a bare package leaves the import unknown', () => {
    expect(sitesOf(`import { X } from './missing.js'; import { Y } from '@team/paths';\nfetch(X + Y + '/prototype', { method: 'POST' });`)).toEqual([]);
  });
});
