import type { IncomingMessage } from 'node:http';

/**
 * Egress policy for the outbound proxy: which Workiva routes services may call. Matching only; the proxy forwards
 * requests that other services send, it never originates one.
 */
export const EGRESS_RULES: ReadonlyArray<{ method: string; pattern: RegExp; note: string }> = [
  { method: 'POST', pattern: /^\/iam\/v1\/oauth2\/token$/, note: 'token' },
  { method: 'GET', pattern: /^\/prototype\/platform\/operations\/[^/]+$/, note: 'operation polling' },
  {
    method: 'POST',
    pattern: /^\/prototype\/platform\/audits\/[^/]+\/procedures\/[^/]+\/matrices\/[^/]+\/samples\/[^/]+\/attachments\/[^/]+\/export$/,
    note: 'legacy sample attachment export (deprecated, sunset 2027-01-31)',
  },
  { method: 'POST', pattern: /^\/testForms\/[^/]+\/testPhases\/[^/]+\/matrices\/[^/]+\/samples\/[^/]+\/attachments\/[^/]+\/export$/, note: 'successor export' },
];

export function isAllowed(req: Pick<IncomingMessage, 'method' | 'url'>): boolean {
  const pathname = new URL(req.url ?? '/', 'http://proxy.local').pathname;
  return EGRESS_RULES.some((rule) => rule.method === req.method && rule.pattern.test(pathname));
}

export function warnOnDeprecated(req: Pick<IncomingMessage, 'method' | 'url'>, warn: (msg: string) => void): void {
  if (req.method === 'POST' && req.url?.includes('/prototype/platform/audits/') && req.url.endsWith('/export')) {
    warn(`deprecated export called via proxy: ${req.url}`);
  }
}

/** Example URL shown on the proxy's status page. */
export const EXAMPLE_DEPRECATED_URL =
  'https://api.app.wdesk.com/prototype/platform/audits/QXVkaXQ6MTIz/procedures/UHJvY2VkdXJlOjQ1/matrices/TWF0cml4Ojc4/samples/U2FtcGxlOjkw/attachments/att-1/export';
