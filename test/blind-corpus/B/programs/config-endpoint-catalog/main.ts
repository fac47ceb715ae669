import axios, { isAxiosError, type Method } from 'axios';
import { endpoints, environmentConfig, type EndpointName, type EnvironmentConfig } from './endpoints.js';

type Params = Record<string, string>;

function expand(template: string, params: Params): string {
  return template.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}

class CatalogClient {
  constructor(private readonly cfg: EnvironmentConfig, private readonly token: string) {}

  async call(name: EndpointName, params: Params, data?: unknown) {
    const ep = endpoints[name];
    try {
      return await axios({
        method: ep.method as Method,
        baseURL: this.cfg.apiBase,
        url: expand(ep.path, params),
        data,
        headers: { ...this.cfg.headers, Authorization: `Bearer ${this.token}` },
      });
    } catch (err) {
      if (isAxiosError(err) && err.response) {
        throw new Error(`${name} -> ${err.response.status} ${JSON.stringify(err.response.data)}`);
      }
      throw err;
    }
  }

  absolute<T>(url: string, binary = false) {
    return axios.get<T>(url, {
      headers: { Authorization: `Bearer ${this.token}`, Accept: binary ? 'application/pdf' : 'application/json' },
      responseType: binary ? 'arraybuffer' : 'json',
    });
  }
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const cfg = environmentConfig();
  const client = new CatalogClient(cfg, env.token);
  const params: Params = { ...env.ids };

  const accepted = await client.call('exportSampleAttachment', params, { format: 'pdf' }); // blind-corpus: site=config-catalog-1
  const operationUrl = String(accepted.headers['location']);
  let interval = Math.max(Number(accepted.headers['retry-after'] ?? 0) * 1000, cfg.poll.minIntervalMs);

  for (let i = 0; i < cfg.poll.maxAttempts; i++) {
    await new Promise((r) => setTimeout(r, interval + 25));
    const { data: op, headers } = await client.absolute<{ status: string; resourceUrl?: string; resourceURL?: string }>(operationUrl);
    if (op.status === 'completed') {
      const file = await client.absolute<ArrayBuffer>(op.resourceUrl ?? op.resourceURL ?? '', true);
      return file.data;
    }
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.status}`);
    interval = Math.max(Number(headers['retry-after'] ?? 0) * 1000, cfg.poll.minIntervalMs);
  }
  throw new Error('export polling exhausted');
}
