import axios, { type AxiosResponse } from 'axios';
import { ENDPOINTS, type EndpointDefinition, type EndpointName } from './endpoints.config.js';

export interface InvokeOptions {
  params?: Record<string, string>;
  body?: unknown;
}

export interface InvokerSettings {
  baseUrl: string;
  token: string;
}

function expand(path: string, params: Record<string, string> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`missing path parameter "${key}" for ${path}`);
    return encodeURIComponent(value);
  });
}

export function createInvoker(settings: InvokerSettings) {
  return async function invoke<T = unknown>(name: EndpointName, opts: InvokeOptions = {}): Promise<AxiosResponse<T>> {
    const def: EndpointDefinition = ENDPOINTS[name];
    const res = await axios.request<T>({
      baseURL: settings.baseUrl,
      url: expand(def.path, opts.params),
      method: def.method,
      data: opts.body,
      headers: {
        Authorization: `Bearer ${settings.token}`,
        ...(def.version ? { 'X-Version': def.version } : {}),
      },
      validateStatus: () => true,
    });
    if (!def.expectStatus.includes(res.status)) {
      throw new Error(`${name} returned ${res.status}: ${JSON.stringify(res.data)}`);
    }
    return res;
  };
}
