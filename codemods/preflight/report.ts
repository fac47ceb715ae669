// Preflight's two outputs: a table for people, a JSON report (`--json`) for CI and scripts.
import type { DiscoveryStats } from 'workiva-sunset';
import type { PreflightResult, PreflightStatus } from './check.js';

const STATUSES: readonly PreflightStatus[] = ['resolved', 'export-ok', 'not-found', 'ambiguous', 'failed', 'interrupted'];

export interface PreflightReport {
  /** Format of this object; bumped on breaking changes. */
  readonly version: 1;
  /** True only when every id set is ready: the exit code is 0 exactly then. */
  readonly ready: boolean;
  readonly exported: boolean;
  readonly interrupted: boolean;
  readonly summary: { readonly total: number; readonly ready: number } & Record<PreflightStatus, number>;
  /** Test phase listings made and lookups served from the cache. */
  readonly discovery: DiscoveryStats;
  readonly results: readonly PreflightResult[];
}

export function buildReport(results: readonly PreflightResult[], exported: boolean, interrupted: boolean, discovery: DiscoveryStats): PreflightReport {
  const counts = Object.fromEntries(STATUSES.map((status) => [status, results.filter((result) => result.status === status).length])) as Record<PreflightStatus, number>;
  const ready = results.filter((result) => result.ready).length;
  return { version: 1, ready: !interrupted && ready === results.length, exported, interrupted, summary: { total: results.length, ready, ...counts }, discovery, results };
}

function row(result: PreflightResult): string[] {
  const { ids, successor } = result;
  return [
    result.ready ? `✔ ${result.status}` : `✘ ${result.status}`,
    String(ids.auditId),
    String(ids.procedureId),
    String(ids.matrixId),
    `${String(ids.sampleId)}/${String(ids.attachmentId)}`,
    successor?.testFormId ?? '',
    successor?.testPhaseId ?? '',
    result.code ?? (result.pdfBytes !== null ? `PDF ${result.pdfBytes} bytes` : ''),
  ];
}

function formatTable(rows: readonly string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((cells) => [...cells[column]!].length)));
  return rows.map((cells) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n');
}

export function formatTableReport(report: PreflightReport): string {
  const header = ['STATUS', 'AUDIT', 'PROCEDURE', 'MATRIX', 'SAMPLE/ATTACHMENT', 'TEST FORM', 'TEST PHASE', 'NOTE'];
  const lines = [formatTable([header, ...report.results.map(row)]), ''];
  for (const result of report.results) if (!result.ready && result.message) lines.push(`${String(result.ids.auditId)}/${String(result.ids.matrixId)}: ${result.message}`);
  const { summary, discovery } = report;
  const parts = STATUSES.filter((status) => summary[status] > 0).map((status) => `${summary[status]} ${status}`);
  lines.push(
    `${summary.ready} of ${summary.total} id sets ready (${parts.join(', ')}); ${discovery.listings} test phase ${discovery.listings === 1 ? 'listing' : 'listings'}, ${discovery.hits} served from the cache.`,
  );
  if (report.interrupted) lines.push('Interrupted: the sets marked interrupted were not checked.');
  lines.push(report.ready ? 'Ready: turn the switch on (WORKIVA_SUNSET_ROUTE=successor).' : 'Not ready: supply your own mapping for the sets above (docs/wrapper.md, "Your own mapping"), then run preflight again.');
  return `${lines.join('\n')}\n`;
}
