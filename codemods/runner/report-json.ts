// The --json report: a stable, documented shape (docs/codemod.md) for CI and dashboards.
import type { MigrationSummary } from './summary.js';

export const JSON_REPORT_VERSION = 1;

export function jsonReport(summary: MigrationSummary, toolVersion: string): unknown {
  return {
    reportVersion: JSON_REPORT_VERSION,
    tool: { name: 'workiva-sunset', version: toolVersion },
    mode: summary.mode,
    filesChanged: summary.changedFiles,
    sitesRewritten: summary.rewritten.map(({ file, site }) => ({ ...siteFields(file, site), wrapper: site.wrapper, ...(site.routedBecause === undefined ? {} : { routedBecause: site.routedBecause }) })),
    sitesManual: summary.manual.map(({ file, site }) => ({ ...siteFields(file, site), reason: site.reason, markerAdded: site.markerAdded })),
    filesSkipped: summary.skipped.map(({ file, error }) => ({ file, error })),
    totals: {
      filesScanned: summary.filesScanned,
      filesParsed: summary.candidates,
      filesChanged: summary.changedFiles.length,
      sitesRewritten: summary.rewritten.length,
      sitesManual: summary.manual.length,
      filesSkipped: summary.skipped.length,
    },
  };
}

/** What every site in the report carries, rewritten or manual, in the documented key order. */
function siteFields(file: string, site: { readonly line: number; readonly column: number; readonly entry: string; readonly client: string }) {
  return { location: `${file}:${site.line}`, file, line: site.line, column: site.column, entry: site.entry, client: site.client };
}
