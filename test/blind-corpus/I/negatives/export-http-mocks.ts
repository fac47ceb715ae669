// Fixtures used by the exporter's unit tests (interceptor-style definitions; no network).
export interface MockRoute {
  method: 'GET' | 'POST';
  path: string | RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export const exportMocks: MockRoute[] = [
  {
    method: 'POST',
    path: /\/prototype\/platform\/audits\/[^/]+\/procedures\/[^/]+\/matrices\/[^/]+\/samples\/[^/]+\/attachments\/[^/]+\/export$/,
    status: 202,
    headers: { Location: 'http://mock.local/operations/op-1', 'Retry-After': '1' },
  },
  {
    method: 'POST',
    path: '/prototype/platform/audits/a1/procedures/p1/matrices/m1/samples/s1/attachments/att1/export',
    status: 409,
    body: { code: 'Conflict', message: 'export already in progress' },
  },
  { method: 'GET', path: '/operations/op-1', status: 200, body: { id: 'op-1', status: 'completed', resourceUrl: 'http://mock.local/files/op-1.pdf' } },
];

export function describeRoute(r: MockRoute): string {
  return `${r.method} ${typeof r.path === 'string' ? r.path : r.path.source} -> ${r.status}`;
}
