// exportSampleAttachments: many exports at once with bounded concurrency, each result (or error) tied
// to its ids and yielded as it finishes, each PDF streamed to its destination without being held in
// memory. One export failing never stops or loses the others; aborting stops them all.
import { WorkivaSunsetError } from './errors.js';
import { exportSampleAttachment } from './export.js';
import { saveBody, type Destination } from './save-body.js';
import type { ExportOptions, LegacySampleAttachmentIds, Operation, Route } from './types.js';

export type { Destination } from './save-body.js';

/** Exports at once when `concurrency` is not given. */
export const DEFAULT_BATCH_CONCURRENCY = 8;

export interface BatchProgress {
  /** Exports started so far. */
  readonly started: number;
  readonly succeeded: number;
  readonly failed: number;
  /** Started and not finished. */
  readonly running: number;
}

export interface BatchExportOptions extends Omit<ExportOptions, 'onProgress'> {
  /** Exports in flight at once. Default 8. Requests are paced per origin whatever this is. */
  readonly concurrency?: number;
  /**
   * Where each PDF goes: a file path (created or replaced; removed again if the export fails midway), a
   * Node writable or a web WritableStream (ended when the PDF is written). Without it, each result
   * holds its PDF as `pdf` bytes in memory.
   */
  readonly destination?: (ids: LegacySampleAttachmentIds, index: number) => Destination | Promise<Destination>;
  /** Called after each export starts or finishes. */
  readonly onProgress?: (progress: BatchProgress) => void;
  /** Called with each operation status seen, for each export. */
  readonly onOperation?: (operation: Operation, ids: LegacySampleAttachmentIds, index: number) => void;
}

interface BatchItem {
  /** Position in the input, from 0. */
  readonly index: number;
  readonly ids: LegacySampleAttachmentIds;
}

export interface BatchExportSuccess extends BatchItem {
  readonly ok: true;
  readonly operation: Operation;
  readonly resourceUrl: string;
  readonly route: Route;
  /** Bytes of the PDF. */
  readonly bytes: number;
  /** The file written, when `destination` gave a path. */
  readonly path?: string;
  /** The PDF, when no `destination` was given. */
  readonly pdf?: Uint8Array;
}

export interface BatchExportFailure extends BatchItem {
  readonly ok: false;
  /** A WorkivaSunsetError (or what a callback threw, wrapped in one with code CALLBACK_FAILED). */
  readonly error: unknown;
}

export type BatchExportResult = BatchExportSuccess | BatchExportFailure;

function checkedConcurrency(value: number | undefined): number {
  const concurrency = value ?? DEFAULT_BATCH_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new WorkivaSunsetError({ code: 'INVALID_CONFIGURATION', message: `concurrency must be a whole number of at least 1; got ${String(value)}` });
  }
  return concurrency;
}

async function exportOne(item: BatchItem, options: BatchExportOptions, batchSignal: AbortSignal): Promise<BatchExportResult> {
  const { index, ids } = item;
  // One signal per export: AbortSignal.any adds no listener to the batch's, however many streams listen to this one.
  const signal = AbortSignal.any([batchSignal]);
  const { onOperation } = options;
  try {
    const result = await exportSampleAttachment(ids, { ...options, signal, onProgress: onOperation && ((operation) => onOperation(operation, ids, index)) });
    const saved = await saveBody(result, options.destination && (() => options.destination!(ids, index)), signal);
    return { ok: true, index, ids, operation: result.operation, resourceUrl: result.resourceUrl, route: result.route, ...saved };
  } catch (error) {
    // The caller's abort ends the whole batch instead of becoming one more result.
    if (signal.aborted) throw signal.reason;
    return { ok: false, index, ids, error };
  }
}

/**
 * Exports every id set of `items` (an array, any iterable, or an async iterable read as needed) with at
 * most `concurrency` in flight, yielding each result as it finishes: `{ ok: true, index, ids, … }` or
 * `{ ok: false, index, ids, error }`. Requests are paced per API origin and credentials, shared with
 * every other export in the process.
 *
 * Aborting `signal` stops the batch: no export starts any more, those in flight stop, and the
 * iteration throws the signal's reason. Leaving the loop early (`break`) stops those in flight too.
 */
export async function* exportSampleAttachments(
  items: Iterable<LegacySampleAttachmentIds> | AsyncIterable<LegacySampleAttachmentIds>,
  options: BatchExportOptions = {},
): AsyncGenerator<BatchExportResult, void, undefined> {
  const concurrency = checkedConcurrency(options.concurrency);
  options.signal?.throwIfAborted();
  // Our own controller: the caller's abort, or the caller leaving the loop, stops the exports in flight.
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  const source = (Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]()) as AsyncIterator<LegacySampleAttachmentIds> | Iterator<LegacySampleAttachmentIds>;
  const running = new Map<number, Promise<{ index: number; result: BatchExportResult }>>();
  const progress = { started: 0, succeeded: 0, failed: 0, running: 0 };
  const report = (): void => options.onProgress?.({ ...progress, running: running.size });
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && running.size < concurrency) {
        signal.throwIfAborted();
        const next = await source.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        const item = { index: progress.started++, ids: next.value };
        const settled = exportOne(item, options, signal).then((result) => ({ index: item.index, result }));
        // Handled from the start: it may reject (on abort) while the caller is between two results.
        settled.catch(() => undefined);
        running.set(item.index, settled);
        report();
      }
      if (running.size === 0) return;
      const { index, result } = await Promise.race(running.values());
      running.delete(index);
      if (result.ok) progress.succeeded++;
      else progress.failed++;
      report();
      yield result;
    }
  } finally {
    stop.abort(options.signal?.reason ?? new DOMException('The batch was left before it ended', 'AbortError'));
    // Let every export in flight settle (they stop at once), so none outlives the batch.
    await Promise.allSettled(running.values());
    if (!exhausted) await source.return?.();
  }
}

