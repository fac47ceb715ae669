// Hand-rolled interceptor used by unit tests (same shape as nock/msw handlers). Only registers canned responses.
type Handler = { method: string; pattern: RegExp; status: number; headers: Record<string, string>; body: unknown };

export class FakeWorkiva {
  private readonly handlers: Handler[] = [];

  constructor(readonly origin = 'https://api.app.wdesk.com') {}

  intercept(method: string, pattern: RegExp) {
    return {
      reply: (status: number, body: unknown = null, headers: Record<string, string> = {}) => {
        this.handlers.push({ method, pattern, status, body, headers });
        return this;
      },
    };
  }

  match(method: string, path: string): Handler | undefined {
    return this.handlers.find((h) => h.method === method && h.pattern.test(path));
  }
}

export function exportFixtures(fake: FakeWorkiva): FakeWorkiva {
  fake
    .intercept('POST', /\/prototype\/platform\/audits\/[^/]+\/procedures\/[^/]+\/matrices\/[^/]+\/samples\/[^/]+\/attachments\/[^/]+\/export$/)
    .reply(202, null, { Location: `${fake.origin}/prototype/platform/operations/op-1`, 'Retry-After': '1' });
  fake.intercept('GET', /\/prototype\/platform\/operations\/op-1$/).reply(200, { id: 'op-1', status: 'completed', resourceUrl: `${fake.origin}/files/op-1.pdf` });
  return fake;
}

export const handlers = [
  { method: 'post', path: '/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId/attachments/:attachmentId/export', status: 202 },
  { method: 'get', path: '/prototype/platform/operations/:id', status: 200 },
];
