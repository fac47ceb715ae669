// Shared by the matcher tests: analyse a snippet as if it were a file in test/fixtures/matcher/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findRequestSites, parseForMatcher, urlPartsToString, type MatcherOptions, type ParamValue, type RequestSite } from '../../src/matcher/index.js';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/matcher');

export const EXPORT_ID = 'audit-sample-attachment-export';

export function sitesOf(code: string, options: { file?: string; additionalSenders?: readonly string[] } = {}): readonly RequestSite[] {
  const filename = path.join(FIXTURES, options.file ?? 'inline.ts');
  const { program, scopeManager } = parseForMatcher(code, filename);
  const matcherOptions: MatcherOptions = { filename, ...(options.additionalSenders ? { additionalSenders: options.additionalSenders } : {}) };
  return findRequestSites(program, { sourceText: code, scopeManager, options: matcherOptions });
}

export function onlySite(code: string, options: { file?: string; additionalSenders?: readonly string[] } = {}): RequestSite {
  const sites = sitesOf(code, options);
  if (sites.length !== 1) throw new Error(`expected one site, got ${sites.length}`);
  return sites[0] as RequestSite;
}

/** Each parameter as `literal` text or the expression text (`enc:` prefix when encoded). */
export function paramTexts(site: RequestSite): Record<string, string> {
  return Object.fromEntries(Object.entries(site.match.params).map(([name, value]) => [name, paramText(value)]));
}

function paramText(value: ParamValue): string {
  if (value.kind === 'literal') return `'${value.value}'`;
  return value.encoded ? `enc:${value.text}` : value.text;
}

export function baseText(site: RequestSite): string {
  return urlPartsToString(site.match.base);
}

export function urlText(site: RequestSite): string {
  return urlPartsToString(site.url);
}

/** A site's node as source text, to assert which call it is. */
export function nodeText(code: string, node: { range: readonly [number, number] }): string {
  return code.slice(node.range[0], node.range[1]);
}

export const EXPORT_PARAMS_REF = {
  auditId: 'ref.auditId',
  procedureId: 'ref.procedureId',
  matrixId: 'ref.matrixId',
  sampleId: 'ref.sampleId',
  attachmentId: 'ref.attachmentId',
};
