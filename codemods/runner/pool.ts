// Spreads candidate files over worker threads. Works from the TypeScript sources (tsx is loaded
// into each worker) and from the built dist (worker.js next to this file).
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileOutcome, ProcessOptions } from './process-file.js';
import type { WorkerReply, WorkerRequest } from './worker.js';

const BATCH_SIZE = 4;

/**
 * Workers are worth their start-up (each loads TypeScript, ~0.3–1 s) only for many candidate files
 * (those past the pre-filter) and with at least two cores to spare besides the main thread.
 */
export function defaultWorkerCount(candidates: number, cores = os.availableParallelism()): number {
  if (candidates < 48 || cores < 3) return 0;
  return Math.max(0, Math.min(cores - 1, Math.ceil(candidates / 24), 8));
}

export async function processInWorkers(files: readonly string[], options: ProcessOptions, workers: number, onOutcome: (outcome: FileOutcome) => void): Promise<FileOutcome[]> {
  const queue = [...files];
  const outcomes: FileOutcome[] = [];
  const entry = workerEntry();
  const count = Math.min(workers, Math.ceil(files.length / BATCH_SIZE));
  await Promise.all(
    Array.from({ length: count }, () =>
      new Promise<void>((resolve, reject) => {
        const worker = entry.kind === 'file' ? new Worker(entry.url, { workerData: options }) : new Worker(entry.code, { eval: true, workerData: options });
        const next = () => {
          const batch = queue.splice(0, BATCH_SIZE);
          if (batch.length === 0) {
            void worker.terminate().then(() => resolve(), reject);
            return;
          }
          worker.postMessage({ files: batch } satisfies WorkerRequest);
        };
        worker.on('message', (reply: WorkerReply) => {
          if (reply.kind === 'outcome') {
            outcomes.push(reply.outcome);
            onOutcome(reply.outcome);
          } else if (reply.kind === 'batch-done') {
            next();
          }
        });
        worker.once('error', reject);
        worker.once('online', next);
      }),
    ),
  );
  return outcomes;
}

type WorkerEntry = { readonly kind: 'file'; readonly url: URL } | { readonly kind: 'eval'; readonly code: string };

function workerEntry(): WorkerEntry {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) return { kind: 'file', url: new URL('./worker.js', import.meta.url) };
  // Running from the TypeScript sources (tsx, vitest): each worker registers tsx's loader first.
  const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
  const tsxApi = pathToFileURL(path.join(path.dirname(tsxPackage), 'dist/esm/api/index.mjs')).href;
  const worker = new URL('./worker.ts', import.meta.url).href;
  return { kind: 'eval', code: `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); });` };
}
