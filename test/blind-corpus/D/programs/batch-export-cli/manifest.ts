export interface ManifestRow {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
  priority: 'normal' | 'urgent';
}

const COLUMNS = ['auditId', 'procedureId', 'matrixId', 'sampleId', 'attachmentId', 'priority'] as const;

export function parseManifest(csv: string): ManifestRow[] {
  const [header, ...lines] = csv.trim().split(/\r?\n/);
  if (header?.split(',').join(',') !== COLUMNS.join(',')) throw new Error('unexpected manifest header');
  return lines.map((line, i) => {
    const cells = line.split(',').map((c) => c.trim());
    if (cells.length !== COLUMNS.length) throw new Error(`manifest line ${i + 2}: expected ${COLUMNS.length} columns`);
    const [auditId, procedureId, matrixId, sampleId, attachmentId, priority] = cells as [string, string, string, string, string, string];
    return { auditId, procedureId, matrixId, sampleId, attachmentId, priority: priority === 'urgent' ? 'urgent' : 'normal' };
  });
}
