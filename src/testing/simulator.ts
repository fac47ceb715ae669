// A local, protocol-faithful Workiva API for tests, demos and CI: the legacy and successor export
// endpoints, operations, downloads and the token endpoint on 127.0.0.1, with a second listener as a
// foreign origin, switchable faults, and a log of every request (flagging polls made too early).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SAMPLE_ATTACHMENT_EXPORT } from 'workiva-sunset/catalog';
import { isPastSunset } from 'workiva-sunset/catalog';
import { systemClock } from 'workiva-sunset';
import { largePdfLength, writeLargePdf } from './large-pdf.js';
import { expectedPdfBytes } from './pdf.js';
import { createRateLimiter } from './rate-limit.js';
import { classify, isPdfRequest, SUCCESSOR } from './routes.js';
import { listTestPhasesAnswer, successorIdsProblem, testPhaseAnswer } from './test-forms.js';
import type { Fault, FaultTarget, RecordedRequest, RecordedRequestKind, SimulatedOperation, Simulator, SimulatorBehaviour, SimulatorOptions, SimulatorOrigin } from './types.js';

type Behaviour = SimulatorBehaviour & Required<Pick<SimulatorBehaviour, 'retryAfterSeconds' | 'retryAfterFormat' | 'pollsUntilComplete' | 'outcome' | 'sunset' | 'locationOrigin' | 'locationForm' | 'resourceOrigin' | 'resourceUrlField' | 'downloadRedirects'>>;

const DEFAULT_BEHAVIOUR: Behaviour = {
  retryAfterSeconds: 1,
  retryAfterFormat: 'seconds',
  pollsUntilComplete: 2,
  outcome: 'completed',
  sunset: false,
  locationOrigin: 'api',
  locationForm: 'absolute',
  resourceOrigin: 'api',
  resourceUrlField: 'resourceUrl',
  downloadRedirects: [],
};

function pickBehaviour(options: SimulatorBehaviour): SimulatorBehaviour {
  const keys: (keyof SimulatorBehaviour)[] = [
    'retryAfterSeconds', 'retryAfterFormat', 'retryAfterLines', 'pollsUntilComplete', 'completeAfterMs', 'outcome', 'outcomeDetails', 'unknownStatus',
    'sunset', 'locationOrigin', 'locationForm', 'operationsPrefix', 'resourceOrigin', 'resourceUrlField', 'downloadRedirects',
    'testForms', 'testPhasesPageSize', 'nextLinkOrigin',
    'rateLimits', 'downloadBytes',
  ];
  const picked: Record<string, unknown> = {};
  for (const key of keys) if (options[key] !== undefined) picked[key] = options[key];
  return picked as SimulatorBehaviour;
}

const TERMINAL = new Set(['completed', 'failed', 'cancelled']);

interface QueuedFault {
  readonly fault: Fault;
  remaining: number;
}

/**
 * Starts the simulator on 127.0.0.1: the API listener on `options.port` (default: a free port) and a
 * "foreign" listener on another free port.
 *
 * @example
 * const clock = createVirtualClock();
 * const sim = await startSimulator({ clock, retryAfterSeconds: 2 });
 * const result = await exportSampleAttachment(ids, { baseUrl: sim.url, token: sim.token, clock });
 * sim.earlyPolls(); // []
 * await sim.close();
 */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const clock = options.clock ?? systemClock;
  const initial = pickBehaviour(options);
  let behaviour: Behaviour = { ...DEFAULT_BEHAVIOUR, ...initial };
  const acceptedTokens = new Set(options.acceptedTokens ?? ['test-token']);
  const clientId = options.clientId ?? 'test-client';
  const clientSecret = options.clientSecret ?? 'test-secret';
  const tokenTtlSeconds = options.tokenTtlSeconds ?? 599;
  const issuedTokens = new Map<string, number>();
  let requests: RecordedRequest[] = [];
  let operations: SimulatedOperation[] = [];
  let faults = new Map<FaultTarget, QueuedFault[]>();
  let seq = 0;
  let operationCounter = 0;
  let tokenCounter = 0;
  const rateLimiter = createRateLimiter();
  let apiUrl = '';
  let foreignUrl = '';

  const originUrl = (origin: SimulatorOrigin): string => (origin === 'api' ? apiUrl : foreignUrl);

  function issueToken(ttlSeconds = tokenTtlSeconds): string {
    const token = `sim-token-${++tokenCounter}`;
    issuedTokens.set(token, clock.now() + ttlSeconds * 1000);
    return token;
  }

  function isValidToken(authorization: string | undefined): boolean {
    const match = /^Bearer (.+)$/.exec(authorization ?? '');
    if (!match) return false;
    const token = match[1]!;
    if (acceptedTokens.has(token)) return true;
    const expiresAt = issuedTokens.get(token);
    return expiresAt !== undefined && clock.now() < expiresAt;
  }

  function takeFault(target: FaultTarget): Fault | undefined {
    const queue = faults.get(target);
    const next = queue?.[0];
    if (!next) return undefined;
    if (--next.remaining <= 0) queue!.shift();
    return next.fault;
  }

  /** Sets Retry-After on `res` and returns the clock time before which the next poll is early. */
  function announceRetryAfter(res: ServerResponse, record: RecordedRequest, value: number | string): number {
    const now = clock.now();
    let notBefore: number;
    if (typeof value === 'string') {
      res.setHeader('Retry-After', value);
      const seconds = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now;
      notBefore = now + Math.max(0, seconds);
    } else if (behaviour.retryAfterLines !== undefined) {
      // Verbatim lines (repeated or malformed): the server still means `value` seconds.
      notBefore = now + value * 1000;
      res.setHeader('Retry-After', [...behaviour.retryAfterLines]);
    } else if (behaviour.retryAfterFormat === 'http-date') {
      // HTTP-dates have whole-second precision: round up so the date is never before the wait.
      notBefore = Math.ceil((now + value * 1000) / 1000) * 1000;
      res.setHeader('Retry-After', new Date(notBefore).toUTCString());
    } else {
      notBefore = now + value * 1000;
      res.setHeader('Retry-After', String(value));
    }
    record.announcedWaitMs = notBefore - now;
    return notBefore;
  }

  function sendJson(res: ServerResponse, record: RecordedRequest, status: number, body: unknown): void {
    record.status = status;
    const text = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), 'X-Request-Id': `req-${record.seq}` });
    res.end(text);
  }

  function sendError(res: ServerResponse, record: RecordedRequest, status: number, code: string, message: string): void {
    sendJson(res, record, status, { code, message });
  }

  function operationJson(operation: SimulatedOperation): Record<string, unknown> {
    const completed = operation.status === 'completed';
    const ended = operation.status === 'failed' || operation.status === 'cancelled';
    const stamp = { dateTime: new Date(operation.createdAt).toISOString(), user: { id: 'sim-user' } };
    return {
      id: operation.id,
      status: operation.status,
      [behaviour.resourceUrlField]: completed ? resourceUrlFor(operation) : null,
      created: stamp,
      updated: { dateTime: new Date(clock.now()).toISOString(), user: { id: 'sim-user' } },
      originalRequest: operation.originalRequest,
      details: ended ? (behaviour.outcomeDetails ?? [{ code: 'ExportError', message: `The export was ${operation.status}`, target: operation.id }]) : null,
    };
  }

  function resourceUrlFor(operation: SimulatedOperation): string {
    const hops = behaviour.downloadRedirects;
    if (hops.length > 0) return `${originUrl(hops[0]!)}/redirects/${operation.id}/0`;
    return `${originUrl(behaviour.resourceOrigin)}/downloads/${operation.id}`;
  }

  const FAULT_TARGETS: Partial<Record<RecordedRequestKind, FaultTarget>> = {
    'export-legacy': 'export',
    'export-successor': 'export',
    poll: 'poll',
    download: 'download',
    token: 'token',
    'test-phases': 'test-phases',
    'test-phase': 'test-phases',
  };

  async function handle(origin: SimulatorOrigin, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const { kind, operationId, ids, hop } = classify(method, path);
    const operation = operations.find((candidate) => candidate.id === operationId);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    const now = clock.now();
    const early = kind === 'poll' && operation !== undefined && !TERMINAL.has(operation.status) && now < operation.notBefore;
    const record: RecordedRequest = {
      seq: ++seq, origin, method, path, kind, headers, authorization: headers['authorization'] !== undefined, body, time: now,
      operationId, early, status: undefined, announcedWaitMs: undefined,
    };
    requests.push(record);

    const target = FAULT_TARGETS[kind];
    const fault = target && takeFault(target);
    if (fault?.kind === 'stall-body' || (fault?.kind === 'status' && fault.stallBody)) stallBody(res);
    if (fault && fault.kind !== 'stall-body') {
      applyFault(fault, res, record, operation);
      return;
    }
    // Redirect hops stand for pre-signed URLs: they record, but do not require, a token.
    const needsAuth = origin === 'api' && kind !== 'token' && kind !== 'unknown' && kind !== 'redirect';
    if (needsAuth && !isValidToken(headers['authorization'])) {
      res.setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
      sendError(res, record, 401, '401Unauthorized', 'The bearer token is missing, invalid or expired');
      return;
    }
    const throttledFor = target && origin === 'api' ? rateLimiter.admit(behaviour.rateLimits, target, headers['authorization'], now) : undefined;
    if (throttledFor !== undefined) {
      // The wait applies to this operation's next poll as well: polling before it is early.
      const notBefore = announceRetryAfter(res, record, throttledFor);
      if (operation && kind === 'poll') operation.notBefore = Math.max(operation.notBefore, notBefore);
      sendError(res, record, 429, '429TooManyRequests', `Rate limit exceeded: at most ${behaviour.rateLimits?.[target!]} requests per second`);
      return;
    }
    switch (kind) {
      case 'token':
        return handleToken(res, record, body, headers);
      case 'export-legacy':
      case 'export-successor':
        return handleExport(kind, res, record, body, headers, ids!);
      case 'poll':
        return handlePoll(res, record, operation);
      case 'download':
        return handleDownload(res, record, operation);
      case 'redirect':
        return handleRedirect(res, record, operation, hop ?? 0);
      case 'test-phases':
      case 'test-phase':
        return handleTestPhases(kind, res, record, path, headers, ids!);
      default:
        sendError(res, record, 404, '404NotFound', `No route for ${method} ${path}`);
    }
  }

  /** Makes `res` send its headers and the first half of its body, and then nothing more. */
  function stallBody(res: ServerResponse): void {
    res.end = ((chunk?: unknown) => {
      const bytes = typeof chunk === 'string' || chunk instanceof Uint8Array ? Buffer.from(chunk) : Buffer.alloc(0);
      res.write(bytes.subarray(0, Math.floor(bytes.byteLength / 2)));
      return res;
    }) as typeof res.end;
  }

  function applyFault(fault: Exclude<Fault, { kind: 'stall-body' }>, res: ServerResponse, record: RecordedRequest, operation: SimulatedOperation | undefined): void {
    if (fault.kind === 'html') {
      record.status = fault.status ?? 200;
      const page = '<!doctype html><html><head><title>Sign in</title></head><body><form action="/login"></form></body></html>';
      res.writeHead(record.status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(page), 'X-Request-Id': `req-${record.seq}` });
      res.end(page);
      return;
    }
    if (fault.kind === 'reset') {
      res.socket?.destroy();
      return;
    }
    if (fault.kind === 'invalid-json') {
      record.status = 200;
      res.writeHead(200, { 'Content-Type': 'application/json', 'X-Request-Id': `req-${record.seq}` });
      res.end('{"id": "op-1", "status": "compl');
      return;
    }
    if (fault.retryAfter !== undefined) {
      const notBefore = announceRetryAfter(res, record, fault.retryAfter);
      if (operation && record.kind === 'poll') operation.notBefore = notBefore;
    }
    const code = fault.code ?? `${fault.status}${fault.status === 429 ? 'TooManyRequests' : fault.status === 503 ? 'ServiceUnavailable' : 'Error'}`;
    sendError(res, record, fault.status, code, `Injected fault: HTTP ${fault.status}`);
  }

  function handleToken(res: ServerResponse, record: RecordedRequest, body: string, headers: Record<string, string>): void {
    if (!(headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      sendJson(res, record, 400, { error: 'invalid_request', error_description: 'Expected a form-encoded body' });
      return;
    }
    const form = new URLSearchParams(body);
    if (form.get('grant_type') !== 'client_credentials') {
      sendJson(res, record, 400, { error: 'unsupported_grant_type' });
      return;
    }
    if (form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret) {
      sendJson(res, record, 401, { error: 'invalid_client' });
      return;
    }
    sendJson(res, record, 200, { access_token: issueToken(), expires_in: tokenTtlSeconds, scope: 'graph:read', token_type: 'Bearer' });
  }

  function handleExport(
    kind: 'export-legacy' | 'export-successor',
    res: ServerResponse,
    record: RecordedRequest,
    body: string,
    headers: Record<string, string>,
    ids: Record<string, string>,
  ): void {
    const version = headers['x-version'];
    if (kind === 'export-legacy') {
      const sunset = behaviour.sunset === 'auto' ? isPastSunset(SAMPLE_ATTACHMENT_EXPORT.sunset, clock.now()) : behaviour.sunset;
      if (sunset) {
        sendError(res, record, 410, '410Gone', `This endpoint was sunset on ${SAMPLE_ATTACHMENT_EXPORT.sunset}; use POST ${SUCCESSOR.path} with X-Version: ${SUCCESSOR.apiVersion}`);
        return;
      }
      if (version !== undefined && version !== SAMPLE_ATTACHMENT_EXPORT.apiVersion) {
        sendError(res, record, 400, '400BadRequest', `X-Version ${version} does not serve this endpoint`);
        return;
      }
    } else if (version !== SUCCESSOR.apiVersion) {
      sendError(res, record, 400, '400BadRequest', `This endpoint requires X-Version: ${SUCCESSOR.apiVersion}`);
      return;
    }
    if (!(headers['content-type'] ?? '').startsWith('application/json') || !isPdfRequest(body)) {
      sendError(res, record, 400, '400BadRequest', 'Expected a JSON body {"format":"pdf"}');
      return;
    }
    // With test forms set, only the phase that really lists the matrix exports (as on Workiva: a wrong combination is a 404).
    const problem = kind === 'export-successor' && behaviour.testForms !== undefined ? successorIdsProblem(behaviour.testForms, ids) : undefined;
    if (problem !== undefined) {
      sendError(res, record, 404, '404NotFound', problem);
      return;
    }
    const route = kind === 'export-legacy' ? 'legacy' : 'successor';
    const counter = String(++operationCounter).padStart(12, '0');
    const operation: SimulatedOperation = {
      id: `00000000-0000-4000-8000-${counter}`,
      route,
      ids,
      createdAt: clock.now(),
      status: 'acknowledged',
      polls: 0,
      notBefore: 0,
      originalRequest: `10000000-0000-4000-8000-${counter}`,
    };
    operations.push(operation);
    const prefix = behaviour.operationsPrefix ?? (route === 'legacy' ? '/prototype/platform' : '');
    const path = `${prefix}/operations/${operation.id}`;
    res.setHeader('Location', behaviour.locationForm === 'relative' ? path : `${originUrl(behaviour.locationOrigin)}${path}`);
    operation.notBefore = announceRetryAfter(res, record, behaviour.retryAfterSeconds);
    sendJson(res, record, 202, operationJson(operation));
  }

  function handlePoll(res: ServerResponse, record: RecordedRequest, operation: SimulatedOperation | undefined): void {
    if (!operation) {
      sendError(res, record, 404, '404NotFound', 'No such operation');
      return;
    }
    if (!TERMINAL.has(operation.status)) {
      operation.polls++;
      const done =
        behaviour.outcome !== 'stuck' &&
        (behaviour.completeAfterMs !== undefined ? clock.now() - operation.createdAt >= behaviour.completeAfterMs : operation.polls > behaviour.pollsUntilComplete);
      operation.status = done ? (behaviour.outcome as string) : (behaviour.unknownStatus ?? (operation.polls === 1 ? 'queued' : 'started'));
    }
    // A terminal operation's response carries no Retry-After: there is nothing left to wait for.
    if (!TERMINAL.has(operation.status)) operation.notBefore = announceRetryAfter(res, record, behaviour.retryAfterSeconds);
    sendJson(res, record, 200, operationJson(operation));
  }

  function handleDownload(res: ServerResponse, record: RecordedRequest, operation: SimulatedOperation | undefined): void | Promise<void> {
    if (!operation || operation.status !== 'completed') {
      sendError(res, record, 404, '404NotFound', 'No completed export here');
      return;
    }
    const pdfIds = { matrixId: operation.ids['matrixId'], sampleId: operation.ids['sampleId'], attachmentId: operation.ids['attachmentId'] };
    if (behaviour.downloadBytes !== undefined) {
      record.status = 200;
      res.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': largePdfLength(pdfIds, behaviour.downloadBytes), 'X-Request-Id': `req-${record.seq}` });
      return writeLargePdf(res, pdfIds, behaviour.downloadBytes);
    }
    const bytes = expectedPdfBytes(pdfIds);
    record.status = 200;
    res.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': bytes.byteLength, 'X-Request-Id': `req-${record.seq}` });
    res.end(bytes);
  }

  function handleTestPhases(
    kind: 'test-phases' | 'test-phase',
    res: ServerResponse,
    record: RecordedRequest,
    path: string,
    headers: Record<string, string>,
    ids: Record<string, string>,
  ): void {
    if (headers['x-version'] !== SUCCESSOR.apiVersion) {
      sendError(res, record, 400, '400BadRequest', `This endpoint requires X-Version: ${SUCCESSOR.apiVersion}`);
      return;
    }
    const query = new URLSearchParams(path.split('?')[1] ?? '');
    const forms = behaviour.testForms ?? [];
    const answer =
      kind === 'test-phase'
        ? testPhaseAnswer(forms, ids['testFormId']!, ids['testPhaseId']!, query)
        : listTestPhasesAnswer({ forms, testFormId: ids['testFormId']!, query, pageSize: behaviour.testPhasesPageSize ?? 2, nextOrigin: originUrl(behaviour.nextLinkOrigin ?? 'api') });
    if (answer.retryAfterSeconds !== undefined) announceRetryAfter(res, record, answer.retryAfterSeconds);
    sendJson(res, record, answer.status, answer.body);
  }

  function handleRedirect(res: ServerResponse, record: RecordedRequest, operation: SimulatedOperation | undefined, hop: number): void {
    if (!operation) {
      sendError(res, record, 404, '404NotFound', 'No such export');
      return;
    }
    const hops = behaviour.downloadRedirects;
    const next = hops[hop + 1];
    const location = next !== undefined ? `${originUrl(next)}/redirects/${operation.id}/${hop + 1}` : `${originUrl(behaviour.resourceOrigin)}/downloads/${operation.id}`;
    record.status = 302;
    res.writeHead(302, { Location: location, 'Content-Length': 0 });
    res.end();
  }

  const listen = async (origin: SimulatorOrigin, port: number): Promise<{ server: Server; url: string }> => {
    const server = createServer((req, res) => {
      handle(origin, req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(`simulator error: ${String(error)}`);
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  };

  const api = await listen('api', options.port ?? 0);
  const foreign = await listen('foreign', 0);
  apiUrl = api.url;
  foreignUrl = foreign.url;

  return {
    url: apiUrl,
    foreignUrl,
    token: [...acceptedTokens][0] ?? issueToken(),
    clock,
    get requests() {
      return requests;
    },
    get operations() {
      return operations;
    },
    earlyPolls: () => requests.filter((request) => request.early),
    requestsOf: (kind) => requests.filter((request) => request.kind === kind),
    set(update) {
      behaviour = { ...behaviour, ...pickBehaviour(update) };
    },
    inject(target, fault, times = 1) {
      const queue = faults.get(target) ?? [];
      queue.push({ fault, remaining: times });
      faults.set(target, queue);
    },
    reset() {
      behaviour = { ...DEFAULT_BEHAVIOUR, ...initial };
      requests = [];
      seq = 0;
      operations = [];
      faults = new Map();
    },
    issueToken,
    expireTokens() {
      for (const token of issuedTokens.keys()) issuedTokens.set(token, clock.now());
    },
    legacyExportUrl(ids) {
      return `${apiUrl}${SAMPLE_ATTACHMENT_EXPORT.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(ids[name as keyof typeof ids])))}`;
    },
    async close() {
      for (const server of [api.server, foreign.server]) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    },
  };
}
