import { fetch, Agent, type Dispatcher } from 'undici';

export interface ExportEvent {
  requestContext?: { requestId: string };
  pathParameters: {
    auditId: string;
    procedureId: string;
    matrixId: string;
    sampleId: string;
    attachmentId: string;
  };
  queryStringParameters?: { format?: string } | null;
}

export interface LambdaContext {
  awsRequestId: string;
  getRemainingTimeInMillis(): number;
}

export interface ApiGatewayResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded: boolean;
}

// Reused across warm invocations.
const dispatcher: Dispatcher = new Agent({ keepAliveTimeout: 5_000, connections: 10 });
const WORKIVA_API_URL = process.env['WORKIVA_API_URL'] ?? '';
const WORKIVA_TOKEN = process.env['WORKIVA_TOKEN'] ?? '';

const json = (statusCode: number, body: unknown): ApiGatewayResult => ({
  statusCode,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
  isBase64Encoded: false,
});

const authHeaders = { authorization: `Bearer ${WORKIVA_TOKEN}` };

export async function handler(event: ExportEvent, context: LambdaContext): Promise<ApiGatewayResult> {
  const p = event.pathParameters;
  const format = event.queryStringParameters?.format ?? 'pdf';
  const target = `${WORKIVA_API_URL}/prototype/platform/audits/${p.auditId}/procedures/${p.procedureId}/matrices/${p.matrixId}/samples/${p.sampleId}/attachments/${p.attachmentId}/export`; // blind-corpus: path=lambda-undici-1

  const accepted = await fetch(target, { // blind-corpus: site=lambda-undici-1
    method: 'POST',
    dispatcher,
    headers: { ...authHeaders, 'content-type': 'application/json', accept: 'application/json', 'x-version': '2022-01-01' },
    body: JSON.stringify({ format }),
  });
  if (accepted.status !== 202) {
    return json(502, { message: 'upstream export failed', upstreamStatus: accepted.status, upstream: await accepted.text(), requestId: context.awsRequestId });
  }

  const operationUrl = accepted.headers.get('location') ?? '';
  let retryAfterMs = Number(accepted.headers.get('retry-after') ?? '1') * 1000;
  while (context.getRemainingTimeInMillis() > retryAfterMs + 2_000) {
    await new Promise((r) => setTimeout(r, retryAfterMs + 20));
    const res = await fetch(operationUrl, { dispatcher, headers: authHeaders });
    const op = (await res.json()) as { id: string; status: string; resourceUrl?: string; resourceURL?: string };
    retryAfterMs = Number(res.headers.get('retry-after') ?? '1') * 1000;
    if (op.status === 'completed') {
      const file = await fetch(op.resourceUrl ?? op.resourceURL ?? '', { dispatcher, headers: authHeaders });
      const bytes = Buffer.from(await file.arrayBuffer());
      return { statusCode: 200, headers: { 'content-type': 'application/pdf' }, body: bytes.toString('base64'), isBase64Encoded: true };
    }
    if (op.status === 'failed' || op.status === 'cancelled') return json(502, { message: `export ${op.status}`, operationId: op.id });
  }
  // Hand the operation back to the caller instead of timing out the function.
  return json(202, { operationUrl, message: 'export still running' });
}
