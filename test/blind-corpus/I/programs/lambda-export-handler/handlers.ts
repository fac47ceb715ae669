// Step-function style lambdas: startExport -> checkExport (repeated) -> fetchExport.
interface ApiGatewayEvent {
  pathParameters: Record<string, string | undefined>;
  body: string | null;
  headers: Record<string, string | undefined>;
}

export interface ExportState {
  operationUrl: string;
  waitSeconds: number;
  status?: string;
  resourceUrl?: string;
  attempt: number;
}

const API_URL = process.env.WORKIVA_API_URL;
const TOKEN = process.env.WORKIVA_TOKEN;

function required(params: ApiGatewayEvent['pathParameters'], name: string): string {
  const value = params[name];
  if (!value) throw new Error(`missing path parameter ${name}`);
  return value;
}

async function authHeaders(): Promise<Record<string, string>> {
  if (!API_URL || !TOKEN) throw new Error('function is missing WORKIVA_API_URL / WORKIVA_TOKEN');
  return { Authorization: `Bearer ${TOKEN}` };
}

export async function startExport(event: ApiGatewayEvent): Promise<ExportState> {
  const p = event.pathParameters;
  const format = event.body ? (JSON.parse(event.body) as { format?: string }).format ?? 'pdf' : 'pdf';
  const res = await fetch(`${API_URL}/prototype/platform/audits/${required(p, 'auditId')}/procedures/${required(p, 'procedureId')}/matrices/${required(p, 'matrixId')}/samples/${required(p, 'sampleId')}/attachments/${required(p, 'attachmentId')}/export`, { // blind-corpus: site=lambda-export-1
    method: 'POST',
    headers: { ...(await authHeaders()), 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ format }),
  });
  if (res.status !== 202) {
    const err = (await res.json().catch(() => null)) as { code?: string; message?: string } | null;
    console.error(JSON.stringify({ level: 'error', msg: 'export rejected', status: res.status, code: err?.code, requestId: event.headers['x-request-id'] }));
    throw new Error(`ExportRejected:${res.status}`);
  }
  return { operationUrl: res.headers.get('Location') ?? '', waitSeconds: Number(res.headers.get('Retry-After') ?? 1), attempt: 0 };
}

export async function checkExport(state: ExportState): Promise<ExportState> {
  const res = await fetch(state.operationUrl, { headers: await authHeaders() });
  if (!res.ok) throw new Error(`CheckFailed:${res.status}`);
  const op = (await res.json()) as { status: string; resourceUrl?: string };
  return {
    ...state,
    status: op.status,
    ...(op.resourceUrl ? { resourceUrl: op.resourceUrl } : {}),
    waitSeconds: Number(res.headers.get('Retry-After') ?? state.waitSeconds),
    attempt: state.attempt + 1,
  };
}

export async function fetchExport(state: ExportState): Promise<{ contentType: string; base64: string }> {
  if (state.status !== 'completed' || !state.resourceUrl) throw new Error(`ExportNotCompleted:${state.status}`);
  const res = await fetch(state.resourceUrl, { headers: await authHeaders() });
  if (!res.ok) throw new Error(`DownloadFailed:${res.status}`);
  return { contentType: res.headers.get('content-type') ?? 'application/pdf', base64: Buffer.from(await res.arrayBuffer()).toString('base64') };
}
