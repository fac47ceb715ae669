import handler, { type RouteResponse } from './handler.js';

class CapturedResponse implements RouteResponse {
  code = 200;
  headers = new Map<string, string>();
  body: Buffer | string | undefined;
  status(code: number) {
    this.code = code;
    return this;
  }
  setHeader(name: string, value: string) {
    this.headers.set(name.toLowerCase(), value);
    return this;
  }
  send(body: Buffer | string) {
    this.body = body;
  }
  json(body: unknown) {
    this.setHeader('content-type', 'application/json');
    this.body = JSON.stringify(body);
  }
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const res = new CapturedResponse();
  await handler(
    {
      method: 'POST',
      query: { audit: env.ids.auditId, procedure: env.ids.procedureId, matrix: env.ids.matrixId, sample: env.ids.sampleId, attachment: env.ids.attachmentId },
    },
    res,
  );
  if (res.code !== 200 || !Buffer.isBuffer(res.body)) throw new Error(`route answered ${res.code}: ${String(res.body)}`);
  return new Uint8Array(res.body);
}
