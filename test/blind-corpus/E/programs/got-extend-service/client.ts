import got from 'got';

const apiUrl = process.env['WORKIVA_API_URL'] ?? 'http://localhost:8080';
const token = process.env['WORKIVA_TOKEN'] ?? '';

/** Shared Workiva client: every path handed to it is relative to the tenant API root. */
export const workiva = got.extend({
  prefixUrl: apiUrl,
  headers: {
    authorization: `Bearer ${token}`,
    accept: 'application/json',
    'user-agent': 'evidence-sync/3.4',
  },
  timeout: { request: 30_000 },
  retry: { limit: 2, methods: ['GET'], statusCodes: [429, 503] },
});

/** For absolute URLs returned by the API (operations, file downloads). */
export const absolute = got.extend({
  headers: { authorization: `Bearer ${token}` },
  timeout: { request: 60_000 },
});
