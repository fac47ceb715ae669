// Scans the `blind-corpus:` annotations of the programs and writes sites.json.
// Usage: npx tsx list-sites.ts   (from this folder or with its path)
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Site {
  id: string;
  file: string;
  line: number;
  pathLine: number | null;
  pathFile?: string;
  client: string;
  style: string;
}

const corpus = path.dirname(fileURLToPath(import.meta.url));

/** Client library and style of each program (shown in sites.json and README.md). */
const PROGRAMS: Record<string, { client: string; style: string }> = {
  'canary-switch-undici': { client: 'undici (Pool.request, fetch)', style: 'canary/stable lane switch, hashed routing key, path helper' },
  'config-service-bind': { client: 'fetch (bound / curried http helper)', style: 'async config service, OAuth client credentials, Function.prototype.bind' },
  'controller-service-layers': { client: 'fetch (team HttpClient.call)', style: 'controller -> service -> client, path passed through layers' },
  'cts-node-http': { client: 'node:http', style: '.cts CommonJS, route table, OAuth token cache' },
  'flag-host-invoke': { client: 'fetch (invoke wrapper)', style: 'feature-flag blue/green host, Array.from segments, new URL(join, base), failover' },
  'fluent-path-builder': { client: 'axios', style: 'fluent .path(...) builder, immutable' },
  'gateway-subclass-axios': { client: 'axios (interceptors)', style: 'path built by static method of base class, sent by subclass' },
  'job-queue-execute': { client: 'node-fetch (execute(req))', style: 'in-process delayed job queue, request object built in another module' },
  'legacy-cjs-url-resolve': { client: 'node:http (CommonJS)', style: '.cjs require, util.format / string concatenation, url.resolve' },
  'mixin-node-fetch': { client: 'node-fetch', style: 'class mixins, path in a getter of the base resource' },
  'oauth-request-object': { client: 'node-fetch (Request object)', style: 'mapper builds Request, fetch(request), 401 refresh retry' },
  'posix-join-ky': { client: 'ky', style: 'path.posix.join, prefixUrl' },
  'proxy-client': { client: 'fetch (Proxy dynamic client)', style: 'JavaScript Proxy, path from property names and calls' },
  'region-env-map': { client: 'fetch', style: 'region map of hosts, env ?? / || fallbacks, new URL(path, host)' },
  'repository-undici': { client: 'undici request', style: 'repository with value-object ids, private #method path' },
  'segments-reduce-got': { client: 'got (extend, prefixUrl)', style: 'tuple segments reduced in a getter' },
  'templated-paths-mts': { client: 'fetch (execute / prepare+send)', style: '.mts OpenAPI-style {param} templates expanded' },
  'transport-object-values': { client: 'axios (this.transport.send)', style: 'Object.values locator, base builds request, subclass sends, async iterator polling' },
  'tuples-flatmap-superagent': { client: 'superagent', style: '[name, id] pairs flatMap, new URL(join, base), 429 retry' },
  'universal-rest-helper': { client: 'axios (rest() helper)', style: 'universal REST helper with segment arrays, async generator polling' },
};

const ANNOTATION = /\/\/ blind-corpus: (site|path)=([\w,-]+)\s*$/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : /\.(ts|mts|cts|js|cjs|mjs)$/.test(name) ? [full] : [];
  });
}

const sites: Site[] = [];
const paths = new Map<string, { file: string; line: number }>();
const problems: string[] = [];

const programsDir = path.join(corpus, 'programs');
for (const program of readdirSync(programsDir).sort()) {
  const meta = PROGRAMS[program];
  if (!meta) problems.push(`no client/style entry for program ${program}`);
  for (const file of walk(path.join(programsDir, program)).sort()) {
    const rel = path.relative(corpus, file).split(path.sep).join('/');
    readFileSync(file, 'utf8').split('\n').forEach((text, i) => {
      if ((text.match(/blind-corpus:/g) ?? []).length > 1) problems.push(`${rel}:${i + 1}: more than one annotation`);
      const m = ANNOTATION.exec(text);
      if (!m) {
        if (text.includes('blind-corpus:')) problems.push(`${rel}:${i + 1}: malformed annotation`);
        return;
      }
      const [, kind, ids = ''] = m;
      for (const id of ids.split(',')) {
        if (kind === 'site') {
          if (sites.some((s) => s.id === id)) problems.push(`duplicate site id ${id}`);
          sites.push({ id, file: rel, line: i + 1, pathLine: null, client: meta?.client ?? '?', style: meta?.style ?? '?' });
        } else {
          if (paths.has(id)) problems.push(`duplicate path annotation for ${id}`);
          paths.set(id, { file: rel, line: i + 1 });
        }
      }
    });
  }
}

for (const [id, where] of paths) {
  const site = sites.find((s) => s.id === id);
  if (!site) {
    problems.push(`path=${id} has no site`);
    continue;
  }
  site.pathLine = where.line;
  if (where.file !== site.file) site.pathFile = where.file;
}

for (const file of walk(path.join(corpus, 'negatives'))) {
  if (readFileSync(file, 'utf8').includes('blind-corpus:')) problems.push(`${path.relative(corpus, file)}: negatives must not be annotated`);
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
} else {
  sites.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  writeFileSync(path.join(corpus, 'sites.json'), JSON.stringify(sites, null, 2) + '\n');
  const programs = new Set(sites.map((s) => s.file.split('/')[1]));
  console.log(`${sites.length} sites in ${programs.size} programs written to sites.json`);
}
