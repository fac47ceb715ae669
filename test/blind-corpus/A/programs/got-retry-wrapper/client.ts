import got from 'got';

const token = process.env.WORKIVA_TOKEN ?? '';

/** Shared got client for the reconciliation service (no prefix: callers pass absolute URLs). */
export const client = got.extend({
  headers: { 'user-agent': 'recon-svc/5.2', accept: 'application/json' },
  responseType: 'json',
  retry: { limit: 0 },
  throwHttpErrors: true,
  hooks: {
    beforeRequest: [
      (options) => {
        options.headers.authorization = `Bearer ${token}`;
      },
    ],
  },
});
