// Worker thread entry: processes the batches of files the pool sends and reports each outcome.
import { parentPort, workerData } from 'node:worker_threads';
import { processFile, type FileOutcome, type ProcessOptions } from './process-file.js';

export interface WorkerRequest {
  readonly files: readonly string[];
}

export type WorkerReply = { readonly kind: 'outcome'; readonly outcome: FileOutcome } | { readonly kind: 'batch-done' };

const port = parentPort;
if (port) {
  const options = workerData as ProcessOptions;
  port.on('message', (request: WorkerRequest) => {
    void (async () => {
      for (const file of request.files) port.postMessage({ kind: 'outcome', outcome: await processFile(file, options) } satisfies WorkerReply);
      port.postMessage({ kind: 'batch-done' } satisfies WorkerReply);
    })();
  });
}
