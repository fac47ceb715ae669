export interface WorkivaSettings {
  apiRoot: string;
  clientId?: string;
  clientSecret?: string;
  staticToken?: string;
  apiVersion: string;
}

/** Mimics the settings service used in production: async, cached, env-driven. */
export class ConfigService {
  private cached?: Promise<WorkivaSettings>;

  constructor(private readonly defaults: Partial<WorkivaSettings> = {}) {}

  get(): Promise<WorkivaSettings> {
    this.cached ??= this.load();
    return this.cached;
  }

  private async load(): Promise<WorkivaSettings> {
    const env = process.env;
    const apiRoot = env['WORKIVA_API_URL'] ?? env['WORKIVA_API_ROOT'] ?? this.defaults.apiRoot ?? 'http://127.0.0.1:1';
    return {
      apiRoot: apiRoot.replace(/\/+$/, ''),
      clientId: env['WORKIVA_CLIENT_ID'] || this.defaults.clientId,
      clientSecret: env['WORKIVA_CLIENT_SECRET'] || this.defaults.clientSecret,
      staticToken: env['WORKIVA_TOKEN'] ?? this.defaults.staticToken,
      apiVersion: env['WORKIVA_API_VERSION'] ?? this.defaults.apiVersion ?? '2022-01-01',
    };
  }
}
