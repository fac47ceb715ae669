import { createContext, findConnector } from './runtime.js';
import './workiva.connector.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<ArrayBuffer> {
  const baseUrl = process.env['WORKIVA_API_URL'] ?? env.baseUrl;
  const clientId = process.env['WORKIVA_CLIENT_ID'];
  const clientSecret = process.env['WORKIVA_CLIENT_SECRET'];
  if (!clientId || !clientSecret) throw new Error('WORKIVA_CLIENT_ID / WORKIVA_CLIENT_SECRET not configured');

  const connector = findConnector('workiva-audit');
  const ctx = await createContext(baseUrl, connector, clientId, clientSecret);
  const action = connector.actions['exportPdf'];
  if (!action) throw new Error('exportPdf action missing');
  const input: Record<string, string> = {
    auditId: env.ids.auditId,
    procedureId: env.ids.procedureId,
    matrixId: env.ids.matrixId,
    sampleId: env.ids.sampleId,
    attachmentId: env.ids.attachmentId,
  };
  return action.run(ctx, input) as Promise<ArrayBuffer>;
}
