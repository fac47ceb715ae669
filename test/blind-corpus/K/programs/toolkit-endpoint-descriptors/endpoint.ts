// @platform/http-kit — typed endpoint descriptors shared across services.
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

type PathParams<P extends string> = P extends `${string}{${infer K}}${infer Rest}` ? K | PathParams<Rest> : never;

export interface Endpoint<P extends string, Req, Res> {
  readonly method: HttpMethod;
  readonly path: P;
  readonly name: string;
  readonly apiVersion?: string;
  /** phantom types */
  readonly _req?: Req;
  readonly _res?: Res;
}

export type ParamsOf<E> = E extends Endpoint<infer P, any, any> ? Record<PathParams<P>, string> : never;

export function endpoint<Req = void, Res = unknown>() {
  return <P extends string>(def: { method: HttpMethod; path: P; name: string; apiVersion?: string }): Endpoint<P, Req, Res> => def;
}

export function renderPath<P extends string>(path: P, params: Record<PathParams<P>, string>): string {
  return path.replace(/\{(\w+)\}/g, (_m, key: string) => {
    const v = (params as Record<string, string>)[key];
    if (v === undefined) throw new Error(`missing path param ${key}`);
    return encodeURIComponent(v);
  });
}
