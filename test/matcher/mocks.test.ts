// HTTP mocks of catalog endpoints are sites with mock: true (the rule decides whether to report).
import { describe, expect, it } from 'vitest';
import { EXPORT_ID, baseText, nodeText, onlySite, paramTexts, sitesOf } from './helpers.js';

const RELATIVE_EXPORT = '/prototype/platform/audits/A/procedures/P/matrices/M/samples/S/attachments/T/export';

describe('mocks', () => {
  it('nock(base).post(path).reply(...)', () => {
    const code = `import nock from 'nock';\nnock('https://api.app.wdesk.com').post('${RELATIVE_EXPORT}').reply(202, {}, { Location: '/x' });`;
    const site = onlySite(code);
    expect(site.mock).toBe(true);
    expect(site.mockLibrary).toBe('nock');
    expect(site.match.entry.id).toBe(EXPORT_ID);
    expect(site.method).toBe('POST');
    expect(baseText(site)).toBe('https://api.app.wdesk.com');
    expect(nodeText(code, site.node)).toMatch(/\.post\('[^']*'\)$/);
    expect(site.chain).toHaveLength(1);
  });

  it('a nock scope kept in a const, chained interceptors', () => {
    const sites = sitesOf(`import nock from 'nock';\nconst scope = nock('https://api.app.wdesk.com').persist();\nscope.get('/prototype/platform/audits/A').reply(200).post('/prototype/platform/files/export').reply(202);`);
    expect(sites.map((site) => [site.method, site.match.entry.id, site.mock])).toEqual([
      ['GET', 'audit-by-id', true],
      ['POST', 'files-export', true],
    ]);
  });

  it("msw http.post(path, resolver) and rest.post from 'msw', with :params and a * origin", () => {
    const http = onlySite(`import { http, HttpResponse } from 'msw';\nexport const handlers = [http.post('*/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId/attachments/:attachmentId/export', () => HttpResponse.json({}, { status: 202 }))];`);
    expect(http.mock).toBe(true);
    expect(http.mockLibrary).toBe('msw');
    expect(http.match.entry.id).toBe(EXPORT_ID);
    expect(paramTexts(http)).toEqual({ auditId: ':auditId', procedureId: ':procedureId', matrixId: ':matrixId', sampleId: ':sampleId', attachmentId: ':attachmentId' });
    const rest = onlySite(`import { rest } from 'msw';\nrest.post('https://api.app.wdesk.com/prototype/platform/files/export', (req, res, ctx) => res(ctx.status(202)));`);
    expect(rest.match.entry.id).toBe('files-export');
  });

  it('fetchMock.post(url) and fetchMock.mock(url, response) (any method)', () => {
    const post = onlySite(`import fetchMock from 'fetch-mock';\nfetchMock.post('begin:https://api.app.wdesk.com/prototype/platform/files/export', 202);`);
    expect(post.mockLibrary).toBe('fetch-mock');
    expect(post.match.entry.id).toBe('files-export');
    const any = onlySite(`import fetchMock from 'fetch-mock';\nfetchMock.mock('https://api.app.wdesk.com${RELATIVE_EXPORT}', 202);`);
    expect(any.method).toBe('POST');
    expect(any.match.entry.id).toBe(EXPORT_ID);
  });

  it('sinon stubs of fetch and axios.post, and the fake server', () => {
    const fetchStub = onlySite(`import sinon from 'sinon';\nsinon.stub(globalThis, 'fetch').withArgs('https://api.app.wdesk.com/prototype/platform/files/export', { method: 'POST' });`);
    expect(fetchStub.mockLibrary).toBe('sinon');
    expect(fetchStub.match.entry.id).toBe('files-export');
    const axiosStub = onlySite(`import sinon from 'sinon'; import axios from 'axios';\nsinon.stub(axios, 'post').withArgs('https://api.app.wdesk.com/prototype/platform/files/export').resolves({});`);
    expect(axiosStub.client).toBe('axios');
    expect(axiosStub.method).toBe('POST');
    const server = onlySite(`declare const server: any;\nserver.respondWith('POST', 'https://api.app.wdesk.com/prototype/platform/files/export', [202, {}, '']);`);
    expect(server.mock).toBe(true);
    expect(server.method).toBe('POST');
  });
});
