// The rule's score on a blind corpus: lint it with the real ESLint (flat config, the plugin's strict
// config) and compare the reports of the sample-attachment export with the annotated sites. Used by
// `npm run corpus` and by the recall test in `npm test`.
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import { SAMPLE_ATTACHMENT_EXPORT } from 'workiva-sunset/catalog';
import workivaSunset from '../../rules/index.js';

export interface Site {
  readonly id: string;
  readonly file: string;
  readonly line: number;
  readonly pathLine: number | null;
  /** The file of `pathLine` when it is not `file` (corpora spell it `pathFile` or `pathAt`). */
  readonly pathFile?: string | null;
  readonly pathAt?: { readonly file: string; readonly line: number } | null;
  readonly client: string;
}

export interface Report {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export interface RuleScore {
  readonly sites: readonly Site[];
  readonly found: ReadonlySet<Site>;
  readonly missed: readonly Site[];
  /** Reports of the export that match no annotated site. */
  readonly falseReports: readonly Report[];
  /** Reports of other catalog endpoints (same prefix, same sunset): right, but not annotated. */
  readonly otherEndpointReports: number;
  /** Sites in a file that disables ESLint, found through the team's call into it. */
  readonly viaCallers: readonly Site[];
}

export function readSites(corpus: string): Site[] {
  return JSON.parse(readFileSync(path.join(corpus, 'sites.json'), 'utf8')) as Site[];
}

export async function lintCorpus(corpus: string): Promise<Report[]> {
  const eslint = new ESLint({
    cwd: corpus,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.{ts,mts,cts,js,cjs,mjs}'], languageOptions: { parser: tsParser } }, workivaSunset.configs.strict] as ESLint.Options['overrideConfig'],
  });
  const results = await eslint.lintFiles(['programs', 'negatives']);
  return results.flatMap((result) =>
    result.messages.filter((m) => m.ruleId === 'workiva-sunset/no-deprecated-endpoint').map((m) => ({ file: path.relative(corpus, result.filePath), line: m.line, message: m.message })),
  );
}

export async function scoreRule(corpus: string): Promise<RuleScore> {
  const sites = readSites(corpus);
  const allReports = await lintCorpus(corpus);
  const exportTitle = `${SAMPLE_ATTACHMENT_EXPORT.method} ${SAMPLE_ATTACHMENT_EXPORT.path} `;
  const reports = allReports.filter((r) => r.message.startsWith(exportTitle));
  const found = new Set(reports.map((r) => siteOf(r, sites)).filter((s): s is Site => s !== undefined));
  return {
    sites,
    found,
    missed: sites.filter((s) => !found.has(s)),
    falseReports: reports.filter((r) => !siteOf(r, sites)),
    otherEndpointReports: allReports.length - reports.length,
    viaCallers: [...found].filter((s) => reports.some((r) => isCallerReportOf(r, s)) && !reports.some((r) => r.file === s.file)),
  };
}

/**
 * A site is found when a report lands on its sending call, or (construction-site report) on its path,
 * or — for a site in a file that disables ESLint, where no rule can report — on a call into it whose
 * report names the site as where the request is sent.
 */
export function siteOf(report: Report, sites: readonly Site[]): Site | undefined {
  return sites.find((s) => (s.file === report.file && s.line === report.line) || isPathReportOf(report, s) || isCallerReportOf(report, s));
}

function isPathReportOf(report: Report, site: Site): boolean {
  if (site.pathAt) return site.pathAt.file === report.file && site.pathAt.line === report.line;
  return site.pathLine !== null && (site.pathFile ?? site.file) === report.file && site.pathLine === report.line;
}

function isCallerReportOf(report: Report, site: Site): boolean {
  return report.message.includes(`The request is sent at ${site.file}:${site.line}.`);
}
