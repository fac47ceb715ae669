// A test double for the endpoint (an HTTP mock), not a request: left alone.
import { vi } from 'vitest';

export function mockExport() {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    if (init?.method === 'POST' && url.endsWith('/export')) return new Response(null, { status: 202, headers: { Location: '/operations/1', 'Retry-After': '0' } });
    return new Response('{}');
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
