import ky, { type KyInstance } from 'ky';
import type { paths } from './schema.js';

type PathsWith<M extends string> = { [P in keyof paths]: paths[P] extends Record<M, unknown> ? P : never }[keyof paths];
type Op<P extends keyof paths, M extends string> = paths[P] extends Record<M, infer O> ? O : never;
type PathParams<O> = O extends { parameters: { path: infer PP } } ? PP : never;
type Body<O> = O extends { requestBody: { content: { 'application/json': infer B } } } ? B : never;

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, k: string) => encodeURIComponent(params[k] ?? ''));
}

/** Thin typed wrapper so call sites keep the spec's path templates (mirrors openapi-fetch's API). */
export function createClient(opts: { baseUrl: string; token: string; version?: string }) {
  const http: KyInstance = ky.create({
    prefixUrl: opts.baseUrl,
    headers: { Authorization: `Bearer ${opts.token}`, Accept: 'application/json', ...(opts.version ? { 'X-Version': opts.version } : {}) },
    throwHttpErrors: false,
    retry: 0,
  });
  return {
    async GET<P extends PathsWith<'get'>>(path: P, init: { params: { path: PathParams<Op<P, 'get'>> } }) {
      const response = await http.get(fill(path, init.params.path as Record<string, string>).slice(1));
      return { response, data: response.ok ? await response.json() : undefined, error: response.ok ? undefined : await response.json().catch(() => undefined) };
    },
    async POST<P extends PathsWith<'post'>>(path: P, init: { params: { path: PathParams<Op<P, 'post'>> }; body: Body<Op<P, 'post'>> }) {
      const response = await http.post(fill(path, init.params.path as Record<string, string>).slice(1), { json: init.body });
      return { response, error: response.ok ? undefined : ((await response.json().catch(() => undefined)) as { code?: string; message?: string } | undefined) };
    },
    raw: http,
  };
}
