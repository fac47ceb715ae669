// Which simulator endpoint a request is for: paths derived from the catalog's templates.
import { SAMPLE_ATTACHMENT_EXPORT } from 'workiva-sunset/catalog';
import type { RecordedRequestKind } from './types.js';

export const SUCCESSOR = SAMPLE_ATTACHMENT_EXPORT.successor!;
const TOKEN_PATH = '/iam/v1/oauth2/token';
const OPERATION_PATH = /^(?:\/prototype\/platform|\/platform\/v1)?\/operations\/([\w-]+)$/;
const DOWNLOAD_PATH = /^\/downloads\/([\w-]+)$/;
const REDIRECT_PATH = /^\/redirects\/([\w-]+)\/(\d+)$/;
const TEST_PHASES_PATH = /^\/testForms\/([^/]+)\/testPhases(?:\/([^/]+))?$/;

function templateRegExp(template: string): { regexp: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { regexp: new RegExp(`^${source}$`), names };
}

const LEGACY_EXPORT = templateRegExp(SAMPLE_ATTACHMENT_EXPORT.path);
const SUCCESSOR_EXPORT = templateRegExp(SUCCESSOR.path);

export interface Classified {
  readonly kind: RecordedRequestKind;
  readonly operationId?: string;
  /** Path ids of an export, decoded. */
  readonly ids?: Record<string, string>;
  /** Index of a download redirect hop. */
  readonly hop?: number;
}

export function classify(method: string, path: string): Classified {
  const bare = path.split('?')[0]!;
  if (method === 'POST' && bare === TOKEN_PATH) return { kind: 'token' };
  for (const [kind, template] of [['export-legacy', LEGACY_EXPORT], ['export-successor', SUCCESSOR_EXPORT]] as const) {
    const match = template.regexp.exec(bare);
    if (method === 'POST' && match) {
      const ids: Record<string, string> = {};
      template.names.forEach((name, index) => (ids[name] = decodeURIComponent(match[index + 1]!)));
      return { kind, ids };
    }
  }
  const operation = OPERATION_PATH.exec(bare);
  if (method === 'GET' && operation) return { kind: 'poll', operationId: operation[1]! };
  const download = DOWNLOAD_PATH.exec(bare);
  if (method === 'GET' && download) return { kind: 'download', operationId: download[1]! };
  const phases = TEST_PHASES_PATH.exec(bare);
  if (method === 'GET' && phases) {
    const ids: Record<string, string> = { testFormId: decodeURIComponent(phases[1]!) };
    if (phases[2] !== undefined) ids['testPhaseId'] = decodeURIComponent(phases[2]);
    return { kind: phases[2] === undefined ? 'test-phases' : 'test-phase', ids };
  }
  const redirect = REDIRECT_PATH.exec(bare);
  if (method === 'GET' && redirect) return { kind: 'redirect', operationId: redirect[1]!, hop: Number(redirect[2]) };
  return { kind: 'unknown' };
}

export function isPdfRequest(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { format?: unknown } | null;
    return parsed !== null && typeof parsed === 'object' && parsed.format === 'pdf';
  } catch {
    return false;
  }
}
