// Scans programs/ for `blind-corpus: site=` / `path=` annotations and writes sites.json.
// Usage: npx tsx list-sites.ts   (run from anywhere; paths are relative to this folder)
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));

/** Client library and style per program (kept here so the table and sites.json agree). */
export const PROGRAMS: Record<string, { client: string; style: string }> = {
  'axios-instance-service': { client: 'axios', style: 'axios.create instance + request interceptor, class service, inline template' },
  'fetch-plain-script': { client: 'fetch', style: 'CLI script, string concatenation inside the call' },
  'got-extend-client': { client: 'got', style: 'got.extend with prefixUrl, relative path variable' },
  'ky-hooks': { client: 'ky', style: 'ky.create with prefixUrl + hooks, async generator polling' },
  'http-builtin-cjs': { client: 'node:http', style: 'CommonJS .cjs, own send() helper, URL.pathname from joined segment list' },
  'superagent-chain': { client: 'superagent', style: 'chained superagent.post, retry on 429/503 re-sends same URL' },
  'undici-request': { client: 'undici.request', style: 'new URL(relative, base), recursive polling' },
  'di-attachment-service': { client: 'fetch (own layer)', style: 'dependency-injected service calling this.http.request(method, path)' },
  'generated-sdk-wrapper': { client: 'fetch (generated SDK)', style: 'OpenAPI-generated SamplesApi with {placeholder}.replace path, hand-written facade' },
  'monorepo-routes-node-fetch': { client: 'node-fetch', style: 'shared route-builder module in another file, two callers' },
  'axios-segments-script': { client: 'axios', style: 'path built from a segment list helper, axios.post with validateStatus' },
  'oauth-token-request': { client: 'fetch', style: 'client-credentials token cache, Request object built then sent with fetch(req.clone())' },
  'job-queue-got': { client: 'got', style: 'delayed job queue, handler does got.post, timer-scheduled polling jobs' },
  'plain-js-esm': { client: 'fetch', style: 'plain JavaScript ESM factory module with JSDoc' },
  'axios-request-config': { client: 'axios', style: 'AxiosRequestConfig object for axios.request and axios({..}), tuple ids, batch' },
  'undici-fetch-iterator': { client: 'undici.fetch', style: 'undici Agent dispatcher, AsyncIterable operation watcher, command DTO' },
  'gateway-route-table': { client: 'fetch (own gateway)', style: 'endpoint table with :param templates, gateway.call(ENDPOINT, params)' },
  'ky-direct-script': { client: 'ky', style: 'ky.post and ky(url, {method}) with a URL-builder function, env config' },
  'superagent-agent-cjs': { client: 'superagent', style: 'CommonJS class around superagent.agent(), path prefix from a method' },
  'got-stream-mts': { client: 'got', style: '.mts module, got.post(new URL(..)), stream download via stream/consumers' },
  'fluent-resource-client': { client: 'fetch (own layer)', style: 'fluent resource chain, transport.post(`${this.path}/export`)' },
  'legacy-cts-module': { client: 'fetch', style: '.cts CommonJS module with export =, multi-line concatenated path' },
};

export interface Site {
  id: string;
  file: string;
  line: number;
  pathLine: number | null;
  /** Set when the path text lives in a different file from the site (pathLine is then null). */
  pathAt?: { file: string; line: number };
  client: string;
  style: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : /\.(ts|mts|cts|js|cjs|mjs)$/.test(name) ? [full] : [];
  });
}

const ANNOTATION = /\/\/ blind-corpus: (site|path)=([\w,-]+)\s*$/;

export function listSites(): Site[] {
  const sites = new Map<string, { file: string; line: number }>();
  const paths = new Map<string, { file: string; line: number }>();
  for (const file of walk(path.join(root, 'programs')).sort()) {
    const rel = path.relative(root, file).split(path.sep).join('/');
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, i) => {
        const m = ANNOTATION.exec(text);
        if (!m) {
          if (text.includes('blind-corpus:')) throw new Error(`${rel}:${i + 1}: malformed annotation`);
          return;
        }
        for (const id of m[2]!.split(',')) {
          const target = m[1] === 'site' ? sites : paths;
          if (target.has(id)) throw new Error(`${rel}:${i + 1}: duplicate ${m[1]}=${id}`);
          target.set(id, { file: rel, line: i + 1 });
        }
      });
  }
  for (const id of paths.keys()) if (!sites.has(id)) throw new Error(`path=${id} has no site`);
  return [...sites.entries()].map(([id, at]) => {
    const program = at.file.split('/')[1]!;
    const meta = PROGRAMS[program];
    if (!meta) throw new Error(`no client/style entry for program ${program}`);
    const p = paths.get(id);
    const sameFile = p?.file === at.file;
    return {
      id,
      file: at.file,
      line: at.line,
      pathLine: p && sameFile ? p.line : null,
      ...(p && !sameFile ? { pathAt: p } : {}),
      client: meta.client,
      style: meta.style,
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sites = listSites();
  writeFileSync(path.join(root, 'sites.json'), JSON.stringify(sites, null, 2) + '\n');
  const programs = new Set(sites.map((s) => s.file.split('/')[1]));
  console.log(`${sites.length} sites in ${programs.size} programs -> sites.json`);
}
