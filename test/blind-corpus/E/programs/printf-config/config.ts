import { format } from 'node:util';

export interface WorkivaSettings {
  apiUrl: string;
  token: string;
  requestTimeoutMs: number;
  routes: {
    audit: string;
    sampleUpdate: string;
    attachmentExport: string;
  };
}

export function loadSettings(overrides: Partial<Pick<WorkivaSettings, 'apiUrl' | 'token'>> = {}): WorkivaSettings {
  const apiUrl = overrides.apiUrl ?? process.env['WORKIVA_API_URL'];
  const token = overrides.token ?? process.env['WORKIVA_TOKEN'];
  if (!apiUrl || !token) throw new Error('WORKIVA_API_URL and WORKIVA_TOKEN must be set');
  return {
    apiUrl: apiUrl.replace(/\/+$/, ''),
    token,
    requestTimeoutMs: Number(process.env['WORKIVA_TIMEOUT_MS'] ?? 20_000),
    routes: {
      audit: '%s/prototype/platform/audits/%s',
      sampleUpdate: '%s/prototype/platform/audits/%s/procedures/%s/matrices/%s/samples/update',
      attachmentExport: '%s/prototype/platform/audits/%s/procedures/%s/matrices/%s/samples/%s/attachments/%s/export', // blind-corpus: path=printf-superagent-1
    },
  };
}

export { format };
