import { SampleAttachmentKey, type IAttachmentExportService } from './contracts.js';
import { AxiosHttpClient, NullLogger, SampleAttachmentRepository, SystemClock } from './infrastructure.js';
import { AttachmentExportService } from './services.js';

/** Hand-rolled composition root (we do not use a DI framework). */
class Container {
  private readonly singletons = new Map<string, unknown>();

  constructor(private readonly settings: { apiBaseUrl: string; accessToken: string }) {}

  private single<T>(name: string, factory: () => T): T {
    if (!this.singletons.has(name)) this.singletons.set(name, factory());
    return this.singletons.get(name) as T;
  }

  get logger() {
    return this.single('logger', () => new NullLogger());
  }

  get httpClient() {
    return this.single('http', () => new AxiosHttpClient(this.settings.apiBaseUrl, () => this.settings.accessToken));
  }

  get attachmentExportService(): IAttachmentExportService {
    return this.single('exportService', () =>
      new AttachmentExportService(new SampleAttachmentRepository(this.httpClient, this.logger), new SystemClock(), this.logger),
    );
  }
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<ArrayBuffer> {
  const container = new Container({ apiBaseUrl: env.baseUrl, accessToken: env.token });
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = env.ids;
  const key = new SampleAttachmentKey(auditId, procedureId, matrixId, sampleId, attachmentId);
  return container.attachmentExportService.exportToPdf(key);
}
