/** Parses access-log lines to count legacy export traffic per audit. */
const LEGACY_EXPORT = new RegExp('/prototype/platform/audits/(?<audit>[^/]+)/procedures/[^/]+/matrices/[^/]+/samples/[^/]+/attachments/(?<attachment>[^/]+)/export');

export interface LegacyHit {
  audit: string;
  attachment: string;
  at: string;
}

export function parseAccessLog(lines: string[]): LegacyHit[] {
  const hits: LegacyHit[] = [];
  for (const line of lines) {
    const m = LEGACY_EXPORT.exec(line);
    if (m?.groups) hits.push({ audit: m.groups['audit']!, attachment: m.groups['attachment']!, at: line.slice(0, 24) });
  }
  return hits;
}

export function buildLegacyPathForReport(ids: { auditId: string; attachmentId: string }): string {
  // only used as a label in the CSV report
  return ['/prototype/platform/audits', ids.auditId, 'procedures/*/matrices/*/samples/*/attachments', ids.attachmentId, 'export'].join('/');
}

export function toCsv(hits: LegacyHit[]): string {
  return ['audit,attachment,at', ...hits.map((h) => `${h.audit},${h.attachment},${h.at}`)].join('\n');
}
