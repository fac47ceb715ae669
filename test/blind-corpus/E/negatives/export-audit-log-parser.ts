// Parses access-log lines to report which services still call the legacy attachment export.
const LEGACY_EXPORT = /POST (\/prototype\/platform\/audits\/([^/]+)\/procedures\/[^/]+\/matrices\/[^/]+\/samples\/[^/]+\/attachments\/([^/]+)\/export)/;

export interface LegacyCall {
  path: string;
  auditId: string;
  attachmentId: string;
  caller: string;
}

export function parseLine(line: string): LegacyCall | undefined {
  const m = LEGACY_EXPORT.exec(line);
  if (!m || !m[1] || !m[2] || !m[3]) return undefined;
  const caller = /ua="([^"]*)"/.exec(line)?.[1] ?? 'unknown';
  return { path: m[1], auditId: m[2], attachmentId: m[3], caller };
}

export function summarise(lines: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const call of lines.map(parseLine)) {
    if (call) counts.set(call.caller, (counts.get(call.caller) ?? 0) + 1);
  }
  return counts;
}
