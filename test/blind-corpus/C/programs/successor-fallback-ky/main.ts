import { MigratingAttachmentExporter, type LegacyAttachmentIds } from './exporter.js';

const phaseMapping = new Map<string, string>(
  (process.env['EVIDENCE_PHASE_MAP'] ?? '')
    .split(',')
    .filter(Boolean)
    .map((pair) => pair.split('=') as [string, string]),
);

export async function run(env: { baseUrl: string; token: string; ids: LegacyAttachmentIds }): Promise<ArrayBuffer> {
  const exporter = new MigratingAttachmentExporter(env.baseUrl, env.token, (procedureId) => phaseMapping.get(procedureId));
  const started = await exporter.start(env.ids);
  return exporter.pollAndDownload(started);
}
