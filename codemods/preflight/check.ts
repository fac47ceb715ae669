// One id set's preflight: discover its successor ids, and with --export also export it on the
// successor and read the PDF. The outcome is a value (status + facts), never a thrown error.
import { exportSampleAttachment, findSuccessorIds, WorkivaSunsetError, type ExportOptions, type LegacySampleAttachmentIds, type SuccessorDiscovery, type SuccessorSampleAttachmentIds } from 'workiva-sunset';

export type PreflightStatus = 'resolved' | 'not-found' | 'ambiguous' | 'export-ok' | 'failed' | 'interrupted';

export interface PreflightResult {
  readonly ids: LegacySampleAttachmentIds;
  readonly status: PreflightStatus;
  /** Whether the set is ready for the switch: resolved (and, with --export, exported). */
  readonly ready: boolean;
  readonly successor: SuccessorSampleAttachmentIds | null;
  /** The error's code, e.g. SUCCESSOR_PHASE_NOT_FOUND, 403Forbidden, TIMEOUT. */
  readonly code: string | null;
  readonly message: string | null;
  /** Bytes of the exported PDF (--export only). */
  readonly pdfBytes: number | null;
}

const NOT_FOUND_CODES = new Set(['SUCCESSOR_TEST_FORM_NOT_FOUND', 'SUCCESSOR_PHASE_NOT_FOUND']);

function failure(ids: LegacySampleAttachmentIds, error: unknown, successor: SuccessorSampleAttachmentIds | null): PreflightResult {
  const code = error instanceof WorkivaSunsetError ? error.code : 'UNEXPECTED';
  const status: PreflightStatus = NOT_FOUND_CODES.has(code) ? 'not-found' : code === 'SUCCESSOR_PHASE_AMBIGUOUS' ? 'ambiguous' : 'failed';
  return { ids, status, ready: false, successor, code, message: error instanceof Error ? error.message : String(error), pdfBytes: null };
}

export function interrupted(ids: LegacySampleAttachmentIds): PreflightResult {
  return { ids, status: 'interrupted', ready: false, successor: null, code: null, message: 'not checked: preflight was interrupted', pdfBytes: null };
}

export interface CheckContext {
  readonly options: ExportOptions;
  readonly discovery: SuccessorDiscovery;
  readonly export: boolean;
  readonly signal: AbortSignal;
}

/** Checks one set; an abort of the run is reported as `interrupted`, everything else as the set's outcome. */
export async function checkIdSet(ids: LegacySampleAttachmentIds, context: CheckContext): Promise<PreflightResult> {
  let successor: SuccessorSampleAttachmentIds | null = null;
  try {
    successor = await findSuccessorIds(ids, { ...context.options, discovery: context.discovery });
    if (!context.export) return { ids, status: 'resolved', ready: true, successor, code: null, message: null, pdfBytes: null };
    // The route is configured once for the whole run (successor + this discovery): see run.ts.
    const result = await exportSampleAttachment(ids, context.options);
    const bytes = new Uint8Array(await result.response.arrayBuffer());
    return { ids, status: 'export-ok', ready: true, successor, code: null, message: null, pdfBytes: bytes.byteLength };
  } catch (error) {
    if (context.signal.aborted) return interrupted(ids);
    return failure(ids, error, successor);
  }
}
