// Fixture descriptions in the shape our old nock setup used; replayed by the in-house recorder.
export interface RecordedInteraction {
  scope: string;
  method: string;
  path: string;
  status: number;
  reqheaders?: Record<string, string>;
  response?: unknown;
  headers?: Record<string, string>;
}

export const exportInteractions: RecordedInteraction[] = [
  {
    scope: 'https://api.app.wdesk.com',
    method: 'POST',
    path: '/prototype/platform/audits/QXVkaXQ6MQ/procedures/UHJvYzox/matrices/TWF0OjE/samples/U2FtcDox/attachments/att-1/export',
    status: 202,
    reqheaders: { authorization: 'Bearer test-token' },
    headers: { location: 'https://api.app.wdesk.com/operations/op-1', 'retry-after': '1' },
  },
  {
    scope: 'https://api.app.wdesk.com',
    method: 'GET',
    path: '/operations/op-1',
    status: 200,
    response: { id: 'op-1', status: 'completed', resourceUrl: 'https://api.app.wdesk.com/files/op-1' },
  },
];

export function interactionKey(i: RecordedInteraction): string {
  return `${i.method} ${i.scope}${i.path}`;
}
