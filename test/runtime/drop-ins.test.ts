// The codemod's drop-ins: each completes the export itself, and the caller's own polling code that
// followed the original call (GET Location, then GET resourceUrl) still works and gets the same PDF.
import axios, { isAxiosError, type AxiosResponse } from 'axios';
import got from 'got';
import { describe, expect, it } from 'vitest';
import {
  exportSampleAttachmentAsAxiosResponse,
  exportSampleAttachmentAsFetchResponse,
  exportSampleAttachmentAsGotResponse,
  exportSampleAttachmentAsSuperagentResponse,
  WorkivaSunsetError,
  type Operation,
} from 'workiva-sunset';
import { expectedPdfBytes } from '../../src/testing/index.js';
import { IDS, rejectionOf, useSimulator } from './helpers.js';

const h = useSimulator();
const options = () => ({ baseUrl: h.sim.url, token: h.sim.token, clock: h.clock });
const auth = () => ({ Authorization: `Bearer ${h.sim.token}` });
const operationUrl = () => `${h.sim.url}/prototype/platform/operations/${h.sim.operations[0]!.id}`;

/** The hand-written loop of a typical legacy call site (examples/legacy-app/src/evidence-fetch.ts). */
async function legacyFetchPolling(res: Response): Promise<Uint8Array> {
  if (res.status !== 202) throw new Error(`export failed: ${res.status}`);
  const location = res.headers.get('Location')!;
  let operation: Operation;
  do {
    await new Promise((resolve) => setTimeout(resolve, Number(res.headers.get('Retry-After')) * 1000));
    const poll = await fetch(location, { headers: auth() });
    operation = (await poll.json()) as Operation;
  } while (operation.status !== 'completed');
  const file = await fetch(operation.resourceUrl!, { headers: auth() });
  return new Uint8Array(await file.arrayBuffer());
}

describe('drop-ins', () => {
  it('fetch: a real 202 Response; the caller’s own polling sees completed and downloads the PDF', async () => {
    const res = await exportSampleAttachmentAsFetchResponse(IDS, options());
    expect(res).toBeInstanceOf(Response);
    expect(res.status).toBe(202);
    expect(res.statusText).toBe('Accepted');
    expect(res.headers.get('location')).toBe(operationUrl());
    // The server's last announced wait (1 s): the caller's own first poll must not come sooner.
    expect(res.headers.get('retry-after')).toBe('1');
    expect(res.headers.get('content-type')).toBe('application/json');
    const wrapperPolls = h.sim.requestsOf('poll').length;
    const bytes = await legacyFetchPolling(res.clone());
    expect(bytes).toEqual(expectedPdfBytes(IDS));
    // The caller's single follow-up poll found the operation already completed.
    expect(h.sim.requestsOf('poll')).toHaveLength(wrapperPolls + 1);
    expect(((await res.json()) as Operation).status).toBe('completed');
    expect(h.sim.requestsOf('export-legacy')).toHaveLength(1);
  });

  it('interpolates ids with String(), as the template literal did', async () => {
    await exportSampleAttachmentAsFetchResponse({ auditId: 1, procedureId: 2n, matrixId: 'm', sampleId: true, attachmentId: 5.5 }, options());
    expect(h.sim.requestsOf('export-legacy')[0]!.path).toBe('/prototype/platform/audits/1/procedures/2/matrices/m/samples/true/attachments/5.5/export');
  });

  it('axios: an AxiosResponse-shaped value with lower-case headers and get(); axios follow-ups work', async () => {
    const started: AxiosResponse<Operation> = await exportSampleAttachmentAsAxiosResponse(IDS, options());
    expect(started.status).toBe(202);
    expect(started.data.status).toBe('completed');
    expect(started.headers['location']).toBe(operationUrl());
    expect(started.headers['retry-after']).toBe('1');
    const headers = started.headers as unknown as { get(name: string): string; has(name: string): boolean; toJSON(): object };
    expect(headers.get('Location')).toBe(operationUrl());
    expect(headers.has('Retry-After')).toBe(true);
    expect(headers.has('X-Missing')).toBe(false);
    expect(headers.toJSON()).toEqual({ location: operationUrl(), 'retry-after': '1', 'content-type': 'application/json' });
    expect(Object.keys(started.headers)).toEqual(['location', 'retry-after', 'content-type']);
    const poll = await axios.get<Operation>(started.headers['location'] as string, { headers: auth() });
    expect(poll.data.status).toBe('completed');
    const pdf = await axios.get<ArrayBuffer>(poll.data.resourceUrl!, { headers: auth(), responseType: 'arraybuffer' });
    expect(new Uint8Array(pdf.data)).toEqual(expectedPdfBytes(IDS));
  });

  it('got: statusCode, lower-case headers and a JSON body string; got follow-ups work', async () => {
    const started = await exportSampleAttachmentAsGotResponse(IDS, options());
    expect(started.statusCode).toBe(202);
    expect(started.ok).toBe(true);
    expect(started.headers['retry-after']).toBe('1');
    expect(started.url).toBe(operationUrl());
    expect((JSON.parse(started.body) as Operation).status).toBe('completed');
    const operation = await got(started.headers.location, { headers: auth() }).json<Operation>();
    const pdf = await got(operation.resourceUrl!, { headers: auth() }).buffer();
    expect(new Uint8Array(pdf)).toEqual(expectedPdfBytes(IDS));
  });

  it('superagent: status, ok, header/headers, body and text', async () => {
    const started = await exportSampleAttachmentAsSuperagentResponse(IDS, options());
    expect(started.status).toBe(202);
    expect(started.ok).toBe(true);
    expect(started.type).toBe('application/json');
    expect(started.header.location).toBe(operationUrl());
    expect(started.headers['retry-after']).toBe('1');
    expect(started.get('Location')).toBe(operationUrl());
    expect(started.body.status).toBe('completed');
    expect(JSON.parse(started.text)).toEqual(started.body);
    const poll = await fetch(started.header.location, { headers: auth() });
    expect(poll.headers.get('retry-after')).toBeNull();
    const operation = (await poll.json()) as Operation;
    const pdf = new Uint8Array(await (await fetch(operation.resourceUrl!, { headers: auth() })).arrayBuffer());
    expect(pdf).toEqual(expectedPdfBytes(IDS));
  });

  it('throws WorkivaSunsetError instead of resolving when the operation fails', async () => {
    h.sim.set({ outcome: 'failed' });
    const error = (await rejectionOf(exportSampleAttachmentAsAxiosResponse(IDS, options()))) as WorkivaSunsetError;
    expect(error).toBeInstanceOf(WorkivaSunsetError);
    expect(error.code).toBe('OPERATION_FAILED');
  });

  it('carries the server’s last announced wait as Retry-After', async () => {
    h.sim.set({ retryAfterSeconds: 3 });
    const res = await exportSampleAttachmentAsFetchResponse(IDS, options());
    const lastAnnounced = h.sim.requests.filter((request) => request.announcedWaitMs !== undefined).at(-1)!;
    expect(lastAnnounced.announcedWaitMs).toBe(3_000);
    expect(res.headers.get('retry-after')).toBe('3');
  });
});

describe('drop-ins when the POST itself gets an HTTP error (410 after the sunset)', () => {
  it('fetch resolves with the 410, as real fetch does', async () => {
    h.sim.set({ sunset: true });
    const res = await exportSampleAttachmentAsFetchResponse(IDS, options());
    expect(res.status).toBe(410);
    expect(res.ok).toBe(false);
    expect(((await res.json()) as { code: string }).code).toBe('410Gone');
    expect(h.sim.requestsOf('poll')).toHaveLength(0);
  });

  it('axios rejects with isAxiosError(err) and err.response.status, still a WorkivaSunsetError', async () => {
    h.sim.set({ sunset: true });
    const error = await rejectionOf(exportSampleAttachmentAsAxiosResponse(IDS, options()));
    expect(error).toBeInstanceOf(WorkivaSunsetError);
    expect(isAxiosError(error)).toBe(true);
    const { response } = error as { response: { status: number; data: { code: string }; headers: { get(name: string): string } } };
    expect(response.status).toBe(410);
    expect(response.data.code).toBe('410Gone');
    expect(response.headers.get('Content-Type')).toBe('application/json');
  });

  it('got rejects with err.response.statusCode and the body text', async () => {
    h.sim.set({ sunset: true });
    const error = (await rejectionOf(exportSampleAttachmentAsGotResponse(IDS, options()))) as WorkivaSunsetError & { response: { statusCode: number; body: string } };
    expect(error.response.statusCode).toBe(410);
    expect(JSON.parse(error.response.body)).toMatchObject({ code: '410Gone' });
  });

  it('superagent rejects with err.status and err.response.get()', async () => {
    h.sim.set({ sunset: true });
    const error = (await rejectionOf(exportSampleAttachmentAsSuperagentResponse(IDS, options()))) as WorkivaSunsetError & {
      response: { status: number; body: { code: string }; get(name: string): string };
    };
    expect(error.status).toBe(410);
    expect(error.response.status).toBe(410);
    expect(error.response.body.code).toBe('410Gone');
    expect(error.response.get('X-Request-Id')).toBe('req-1');
  });
});
