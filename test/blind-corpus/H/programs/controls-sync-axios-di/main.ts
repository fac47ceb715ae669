import axios, { type AxiosInstance } from 'axios';
import { Container, Token } from './container.js';
import { loadWorkivaConfig, type WorkivaConfig } from './config.js';
import { ClientCredentialsProvider } from './auth.js';
import { AttachmentExportService, type AttachmentKey } from './attachment-export.service.js';

export const CONFIG = new Token<WorkivaConfig>('WorkivaConfig');
export const AUTH = new Token<ClientCredentialsProvider>('ClientCredentialsProvider');
export const HTTP = new Token<AxiosInstance>('WorkivaHttp');
export const EXPORTS = new Token<AttachmentExportService>('AttachmentExportService');

export function buildContainer(): Container {
  return new Container()
    .register(CONFIG, () => loadWorkivaConfig())
    .register(AUTH, (c) => new ClientCredentialsProvider(c.resolve(CONFIG)))
    .register(HTTP, (c) => {
      const config = c.resolve(CONFIG);
      const auth = c.resolve(AUTH);
      const instance = axios.create({
        baseURL: config.apiUrl,
        timeout: 30_000,
        headers: { Accept: 'application/json', 'X-Version': '2022-01-01' },
      });
      instance.interceptors.request.use(async (req) => {
        req.headers.set('Authorization', `Bearer ${await auth.getAccessToken()}`);
        return req;
      });
      return instance;
    })
    .register(EXPORTS, (c) => new AttachmentExportService(c.resolve(HTTP), c.resolve(CONFIG).pollTimeoutMs));
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const container = buildContainer();
  const key: AttachmentKey = {
    auditId: env.ids.auditId,
    procedureId: env.ids.procedureId,
    matrixId: env.ids.matrixId,
    sampleId: env.ids.sampleId,
    attachmentId: env.ids.attachmentId,
  };
  return container.resolve(EXPORTS).exportPdf(key);
}
