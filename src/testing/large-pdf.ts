// A download of a given size, streamed in chunks with backpressure, so a benchmark can serve 10 MB PDFs
// without the simulator holding them in memory (it shares the process with the client it measures).
import type { ServerResponse } from 'node:http';
import { expectedPdfBytes, type PdfIds } from './pdf.js';

const CHUNK = new Uint8Array(64 * 1024).fill(0x20);

/** Writes `size` bytes (at least the small PDF): its head, spaces, then `%%EOF`. Resolves once sent. */
export async function writeLargePdf(res: ServerResponse, ids: PdfIds, size: number): Promise<void> {
  const head = expectedPdfBytes(ids).subarray(0, -'%%EOF\n'.length);
  const tail = new TextEncoder().encode('%%EOF\n');
  let padding = Math.max(0, size - head.byteLength - tail.byteLength);
  // A client that hangs up never drains: its 'close' ends the wait too.
  const write = (bytes: Uint8Array): Promise<void> =>
    res.write(bytes) ? Promise.resolve() : new Promise((resolve) => {
      const done = (): void => {
        res.off('drain', done);
        res.off('close', done);
        resolve();
      };
      res.once('drain', done);
      res.once('close', done);
    });
  await write(head);
  while (padding > 0 && !res.destroyed) {
    const chunk = padding >= CHUNK.byteLength ? CHUNK : CHUNK.subarray(0, padding);
    padding -= chunk.byteLength;
    await write(chunk);
  }
  res.end(tail);
}

/** Content-Length of a large PDF of `size` bytes for these ids. */
export function largePdfLength(ids: PdfIds, size: number): number {
  return Math.max(size, expectedPdfBytes(ids).byteLength);
}
