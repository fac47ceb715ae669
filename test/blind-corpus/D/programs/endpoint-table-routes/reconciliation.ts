import { endpoints, type AttachmentRef } from './endpoints.js';
import { awaitOperation, type OperationView } from './operations.js';
import type { PlatformClient } from './platform-client.js';

export interface ReconciliationResult {
  ref: AttachmentRef;
  operation: OperationView;
}

/** Re-exports every attachment of a sample so the reconciliation report can diff them. */
export async function reconcileAttachments(client: PlatformClient, refs: AttachmentRef[]): Promise<ReconciliationResult[]> {
  const results: ReconciliationResult[] = [];
  for (const ref of refs) {
    const res = await client.post(endpoints.sampleExport(ref), { format: 'pdf' }, { 'X-Version': '2022-01-01' }); // blind-corpus: site=endpoint-table-2
    const operation = await awaitOperation(client, res.headers.get('location')!, Number(res.headers.get('retry-after') ?? 1));
    results.push({ ref, operation });
  }
  return results;
}
