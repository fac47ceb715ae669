// The simulator's download: a small, valid-looking PDF whose bytes depend only on the ids the legacy
// and successor routes share, so a migrated call downloads exactly the bytes the legacy call did.

export interface PdfIds {
  readonly matrixId: unknown;
  readonly sampleId: unknown;
  readonly attachmentId: unknown;
}

/** The exact bytes the simulator serves for an export of these ids. */
export function expectedPdfBytes(ids: PdfIds): Uint8Array {
  const text =
    '%PDF-1.4\n' +
    '% workiva-sunset simulator export\n' +
    `% attachment ${String(ids.attachmentId)} of sample ${String(ids.sampleId)} in matrix ${String(ids.matrixId)}\n` +
    '%%EOF\n';
  return new TextEncoder().encode(text);
}
