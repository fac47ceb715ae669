// Collapses ids in outgoing request paths so metrics have bounded cardinality.
const RULES: Array<[RegExp, string]> = [
  [/^\/prototype\/platform\/audits\/[^/]+\/procedures\/[^/]+\/matrices\/[^/]+\/samples\/[^/]+\/attachments\/[^/]+\/export$/, '/prototype/platform/audits/:audit/procedures/:procedure/matrices/:matrix/samples/:sample/attachments/:attachment/export'],
  [/^\/prototype\/platform\/operations\/[^/]+$/, '/prototype/platform/operations/:id'],
  [/^\/testForms\/[^/]+\/testPhases\/[^/]+\/.*\/export$/, '/testForms/:form/testPhases/:phase/.../export'],
];

export function normalizeRoute(path: string): string {
  for (const [pattern, label] of RULES) if (pattern.test(path)) return label;
  return 'other';
}

export function isLegacyAttachmentExport(method: string, path: string): boolean {
  return method.toUpperCase() === 'POST' && normalizeRoute(path).startsWith('/prototype/platform/audits/') && path.endsWith('/export');
}
