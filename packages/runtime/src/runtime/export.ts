// exportSampleAttachment: the whole export (start → poll → download) in one call.
import { downloadWith, startWith, waitWith } from './poller.js';
import { createSession } from './session.js';
import type { ExportOptions, ExportResult, LegacySampleAttachmentIds } from './types.js';

/**
 * Exports a sample attachment as PDF and starts its download: POSTs the export on the configured
 * route, polls the operation honouring `Retry-After`, and resolves once the download's response
 * headers arrived (`result.response.body` is unread, so a large PDF can be streamed).
 *
 * @throws WorkivaSunsetError on any failure; the caller's `signal.reason` when aborted.
 */
export async function exportSampleAttachment(ids: LegacySampleAttachmentIds, options: ExportOptions = {}): Promise<ExportResult> {
  const session = createSession(options);
  const started = await startWith(session, ids, options.onProgress);
  const completed = await waitWith(session, started, options.onProgress);
  return downloadWith(session, completed);
}
