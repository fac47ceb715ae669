// Scans the `// blind-corpus: site=<id>` and `// blind-corpus: path=<id>[,<id>]` annotations of every program
// and writes sites.json next to this script. Usage: npx tsx list-sites.ts [--check]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));

/** Client library and style of each program (the table in README.md). */
const PROGRAMS: Record<string, { client: string; style: string }> = {
  'audit-evidence-pack': { client: 'axios', style: 'axios.create instance in a class, encoded template split over two lines, for(;;) poll' },
  'workpaper-archiver': { client: 'node-fetch', style: 'multi-file ESM, new URL(relative, base), poller module with deadline' },
  'engagement-batch-export': { client: 'got', style: 'got.extend prefixUrl, 401 refresh-and-retry (two sites), OAuth fallback' },
  'grc-sync-worker': { client: 'ky', style: 'ky.create hooks, in-process delayed job queue, poll as re-enqueued jobs' },
  'evidence-bridge': { client: 'undici', style: 'undici Pool.request with path option, async generator polling' },
  'connector-sdk-adapter': { client: 'fetch', style: "own HTTP layer in an abstract base class, this.request('POST', path)" },
  'risk-evidence-gateway': { client: 'fetch', style: 'layered gateway/service, segment array joined, logger + audit trail' },
  'controls-attestation': { client: 'axios', style: 'axios.request config object, route builder in another module, do/while poll' },
  'sox-evidence-cjs': { client: 'axios', style: 'CommonJS .cjs with require, string concatenation, 429/503 retry (two sites)' },
  'regulatory-report-export': { client: 'superagent', style: 'superagent chain, X-Version header, binary parser download' },
  'audit-trail-exporter': { client: 'node:http', style: 'http/https.request wrapper, URL.pathname assignment, correlation ids' },
  'workiva-cli': { client: 'fetch', style: 'CLI with util.parseArgs and command map, ids from argv' },
  'wdesk-client-lib': { client: 'undici', style: 'library client class, segment array, OperationHandle async iterator' },
  'ky-wrapper-lib': { client: 'ky', style: 'ky preset library, relative prefixUrl path, single-line call' },
  'student-export-script': { client: 'fetch', style: 'script with copy-pasted functions (three sites), .then chains, recursive poll' },
  'lab-token-fetch': { client: 'fetch', style: 'OAuth client credentials, multi-line concatenation, new Request then fetch(req)' },
  'mixed-client-migration': { client: 'axios', style: 'axios(config) call, feature flag to successor with legacy fallback (two sites)' },
  'bank-evidence-pipeline': { client: 'got', style: '.mts module, util.format template constant, primary/DR failover (two sites), staged pipeline' },
  'oss-exporter-callbacks': { client: 'superagent', style: 'CommonJS library, promise and callback (.end) APIs (two sites)' },
  'evidence-webhook-relay': { client: 'undici', style: 'EventEmitter handlers, undici.request, setTimeout-chained polling (two sites)' },
  'callback-http-script': { client: 'node:http', style: 'CommonJS callbacks, own send(method, url) helper, recursive timer poll' },
  'quarterly-refresh-script': { client: 'axios', style: 'module-level axios instance from env, re-arming timer poll, copy in --all mode (two sites)' },
  'engagement-token-interceptor': { client: 'axios', style: 'endpoint table with {placeholders} expanded, request interceptor fetching OAuth token' },
};

export interface Site {
  id: string;
  file: string;
  line: number;
  pathLine: number | null;
  pathFile?: string;
  client: string;
  style: string;
}

const ANNOTATION = /\/\/ blind-corpus: (site|path)=([\w,-]+)\s*$/;

function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesOf(full) : /\.(ts|mts|cts|js|cjs|mjs)$/.test(name) ? [full] : [];
  });
}

export function listSites(): Site[] {
  const sites: Site[] = [];
  const programsDir = path.join(root, 'programs');
  for (const program of readdirSync(programsDir).sort()) {
    const meta = PROGRAMS[program];
    if (!meta) throw new Error(`program ${program} has no entry in PROGRAMS`);
    const siteAt = new Map<string, { file: string; line: number }>();
    const pathAt = new Map<string, { file: string; line: number }>();
    for (const file of filesOf(path.join(programsDir, program)).sort()) {
      const rel = path.relative(root, file).split(path.sep).join('/');
      readFileSync(file, 'utf8').split('\n').forEach((text, i) => {
        const m = ANNOTATION.exec(text);
        if (!m) return;
        for (const id of m[2]!.split(',')) {
          const target = m[1] === 'site' ? siteAt : pathAt;
          if (target.has(id)) throw new Error(`duplicate ${m[1]}=${id} in ${rel}:${i + 1}`);
          target.set(id, { file: rel, line: i + 1 });
        }
      });
    }
    for (const id of pathAt.keys()) if (!siteAt.has(id)) throw new Error(`path=${id} has no site in ${program}`);
    for (const [id, s] of siteAt) {
      if (sites.some((x) => x.id === id)) throw new Error(`site id ${id} is not unique`);
      const p = pathAt.get(id);
      sites.push({
        id,
        file: s.file,
        line: s.line,
        pathLine: p ? p.line : null,
        ...(p && p.file !== s.file ? { pathFile: p.file } : {}),
        client: meta.client,
        style: meta.style,
      });
    }
  }
  return sites;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('list-sites.ts')) {
  const sites = listSites();
  const json = JSON.stringify(sites, null, 2) + '\n';
  const out = path.join(root, 'sites.json');
  if (process.argv.includes('--check')) {
    if (readFileSync(out, 'utf8') !== json) throw new Error('sites.json is stale; run list-sites.ts');
  } else writeFileSync(out, json);
  console.log(`${sites.length} sites in ${new Set(sites.map((s) => s.file.split('/')[1])).size} programs`);
}
