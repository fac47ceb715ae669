import { Container, token } from './container.js';
import { CLOCK, CREDENTIALS, HTTP, SETTINGS } from './ports.js';
import { FetchHttpAdapter, StaticCredentials, systemClock } from './adapters.js';
import { AttachmentExportGateway, type AttachmentLocator } from './attachment-export-gateway.js';

const EXPORT_GATEWAY = token<AttachmentExportGateway>('AttachmentExportGateway');

function compose(baseUrl: string, bearer: string): Container {
  return new Container()
    .register(SETTINGS, () => ({ platformBase: new URL('/prototype/platform', baseUrl).href, apiVersion: '2022-01-01', pollTimeoutMs: 120_000 }))
    .register(CREDENTIALS, () => new StaticCredentials(bearer))
    .register(CLOCK, () => systemClock)
    .register(HTTP, (c) => new FetchHttpAdapter(c.resolve(CREDENTIALS)))
    .register(EXPORT_GATEWAY, (c) => new AttachmentExportGateway(c.resolve(HTTP), c.resolve(CLOCK), c.resolve(SETTINGS)));
}

export async function run(env: { baseUrl: string; token: string; ids: AttachmentLocator }): Promise<Uint8Array | ArrayBuffer> {
  const container = compose(env.baseUrl, env.token);
  const locator: AttachmentLocator = { ...env.ids };
  return container.resolve(EXPORT_GATEWAY).exportPdf(locator);
}
