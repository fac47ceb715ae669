import fetch from 'node-fetch';

/**
 * Internal dashboard: lists our own export jobs (stored by the evidence service) and shows, for each,
 * the upstream path it used. Talks to our service only.
 */
export interface StoredExportJob {
  id: string;
  upstreamPath: string;
  status: string;
}

export const LEGACY_EXPORT_TEMPLATE = '/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId/attachments/:attachmentId/export';

export async function listExportJobs(serviceUrl: string): Promise<StoredExportJob[]> {
  const res = await fetch(`${serviceUrl}/internal/export-jobs?upstream=${encodeURIComponent(LEGACY_EXPORT_TEMPLATE)}`);
  return (await res.json()) as StoredExportJob[];
}

export function isLegacyExport(job: StoredExportJob): boolean {
  return /\/prototype\/platform\/audits\/.+\/attachments\/[^/]+\/export$/.test(job.upstreamPath);
}

export async function cancelOurJob(serviceUrl: string, job: StoredExportJob): Promise<void> {
  await fetch(`${serviceUrl}/internal/export-jobs/${job.id}/cancel`, { method: 'POST', body: JSON.stringify({ reason: `legacy upstream ${job.upstreamPath}` }) });
}
