import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const recon = require('./reconcile.cjs') as {
  reconcile(items: ReconItem[]): Promise<Array<{ item: ReconItem; pdf?: Buffer; error?: unknown }>>;
};

interface ReconItem {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
  ledgerRef: string;
}

export async function run(env: { baseUrl: string; token: string; ids: Omit<ReconItem, 'ledgerRef'> }): Promise<Buffer> {
  const [result] = await recon.reconcile([{ ...env.ids, ledgerRef: 'GL-2026-Q4-0042' }]);
  if (!result?.pdf) throw result?.error ?? new Error('no result');
  return result.pdf;
}
