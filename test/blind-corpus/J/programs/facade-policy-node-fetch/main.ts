import { WorkivaExportFacade } from './ExportFacade.js';
import { NodeFetchHttpClient } from './HttpClient.js';
import { Routes, type SampleAttachmentKey } from './Routes.js';

class AppSettings {
  readonly workivaUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;

  constructor(source: NodeJS.ProcessEnv) {
    this.workivaUrl = AppSettings.required(source, 'WORKIVA_API_URL');
    this.clientId = AppSettings.required(source, 'WORKIVA_CLIENT_ID');
    this.clientSecret = AppSettings.required(source, 'WORKIVA_CLIENT_SECRET');
  }

  private static required(source: NodeJS.ProcessEnv, name: string): string {
    const value = source[name];
    if (!value) throw new Error(`Missing configuration value ${name}`);
    return value;
  }
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<ArrayBuffer> {
  const settings = new AppSettings(process.env);
  const facade = new WorkivaExportFacade(new NodeFetchHttpClient(settings.workivaUrl, settings.clientId, settings.clientSecret, Routes.token));
  const key: SampleAttachmentKey = Object.freeze({ ...env.ids });
  return facade.exportSampleAttachment(key);
}
