// Where a batch puts each downloaded PDF: streamed into a file or a writable as it arrives (so a
// thousand 10 MB exports never sit in memory), or read into bytes when no destination was given.
import { createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeWebReadableStream } from 'node:stream/web';
import { WorkivaSunsetError } from './errors.js';
import type { ExportResult } from './types.js';

/** A file path, a Node writable, or a web WritableStream. */
export type Destination = string | NodeJS.WritableStream | WritableStream<Uint8Array>;

export interface SavedBody {
  readonly bytes: number;
  readonly path?: string;
  readonly pdf?: Uint8Array;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function pickDestination(destination: () => Destination | Promise<Destination>): Promise<Destination> {
  try {
    return await destination();
  } catch (cause) {
    throw new WorkivaSunsetError({ code: 'CALLBACK_FAILED', message: `The destination function threw: ${describe(cause)}`, cause });
  }
}

function toNodeWritable(destination: Exclude<Destination, string>): NodeJS.WritableStream {
  return destination instanceof WritableStream ? Writable.fromWeb(destination) : destination;
}

/** Streams `result`'s body to the destination `destination()` names, or reads it into bytes without one. */
export async function saveBody(result: ExportResult, destination: (() => Destination | Promise<Destination>) | undefined, signal: AbortSignal): Promise<SavedBody> {
  const { response, resourceUrl } = result;
  if (!destination) {
    const pdf = new Uint8Array(await readBody(response, resourceUrl));
    return { bytes: pdf.byteLength, pdf };
  }
  const target = await pickDestination(destination).catch(async (error: unknown) => {
    await response.body?.cancel().catch(() => undefined);
    throw error;
  });
  const path = typeof target === 'string' ? target : undefined;
  const sink = path === undefined ? toNodeWritable(target as Exclude<Destination, string>) : createWriteStream(path);
  let bytes = 0;
  let sourceFailed = false;
  const source = response.body ? Readable.fromWeb(response.body as NodeWebReadableStream<Uint8Array>) : Readable.from([]);
  source.on('data', (chunk: Uint8Array) => (bytes += chunk.byteLength));
  source.on('error', () => (sourceFailed = true));
  try {
    await pipeline(source, sink, { signal });
  } catch (cause) {
    // A half-written file is not a PDF: remove it, so what is on disk is always complete.
    if (path !== undefined) await unlink(path).catch(() => undefined);
    if (signal.aborted) throw signal.reason;
    if (sourceFailed) throw new WorkivaSunsetError({ code: 'NETWORK', message: `Network error on GET ${resourceUrl}: the download broke off after ${bytes} bytes: ${describe(cause)}`, url: resourceUrl, cause });
    throw new WorkivaSunsetError({ code: 'CALLBACK_FAILED', message: `Writing the download of ${resourceUrl} to ${path ?? 'the destination'} failed: ${describe(cause)}`, url: resourceUrl, cause });
  }
  return path === undefined ? { bytes } : { bytes, path };
}

async function readBody(response: Response, url: string): Promise<ArrayBuffer> {
  try {
    return await response.arrayBuffer();
  } catch (cause) {
    throw new WorkivaSunsetError({ code: 'NETWORK', message: `Network error on GET ${url}: ${describe(cause)}`, url, cause });
  }
}
