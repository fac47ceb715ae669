import { AttachmentExportService, type Clock } from './attachment-export.service.js';
import { WorkivaHttpClient, type Logger, type TokenProvider } from './http-client.js';

export interface AppConfig {
  workivaApiUrl: string;
  staticToken: string;
}

class StaticTokenProvider implements TokenProvider {
  constructor(private readonly token: string) {}
  async getAccessToken(): Promise<string> {
    return this.token;
  }
}

const consoleLogger: Logger = {
  info: (msg, meta) => console.debug(`[info] ${msg}`, meta ?? {}),
  warn: (msg, meta) => console.warn(`[warn] ${msg}`, meta ?? {}),
};

const systemClock: Clock = { sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

export interface Container {
  attachmentExports: AttachmentExportService;
}

export function buildContainer(config: AppConfig): Container {
  const http = new WorkivaHttpClient(config.workivaApiUrl, new StaticTokenProvider(config.staticToken), consoleLogger);
  return { attachmentExports: new AttachmentExportService(http, systemClock, consoleLogger) };
}
