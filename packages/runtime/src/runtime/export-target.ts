// The export URL and headers the routing switch picks for a set of legacy ids, for code that sends the
// request itself: the run-time safety net (@workiva-sunset/safety-net) routes the calls it intercepts
// exactly as the wrapper would, successor discovery included (with the caller's credentials).
import { exportTarget, type ExportTarget } from './routing.js';
import { createSession } from './session.js';
import type { ExportOptions, LegacySampleAttachmentIds, Route } from './types.js';

export type { ExportTarget } from './routing.js';

export function exportTargetFor(route: Route, ids: LegacySampleAttachmentIds, options: ExportOptions = {}): Promise<ExportTarget> {
  return exportTarget(route, ids, createSession(options));
}
