// The --report markdown: what was migrated where, what is left for people, and how many days remain.
import path from 'node:path';
import { CATALOG, daysUntilSunset } from 'workiva-sunset/catalog';
import type { MigrationSummary } from './summary.js';

export function markdownReport(summary: MigrationSummary, today: number): string {
  const day = new Date(today).toISOString().slice(0, 10);
  const entryIds = new Set([...summary.rewritten.map((s) => s.site.entry), ...summary.manual.map((s) => s.site.entry)]);
  const entries = CATALOG.entries.filter((entry) => entryIds.has(entry.id) || entry.wrapper !== null);
  const lines: string[] = ['# Workiva sunset migration report', ''];
  lines.push(`Date: ${day} · mode: ${summary.mode}`, '');
  for (const entry of entries) {
    const days = daysUntilSunset(entry.sunset, today);
    const when = days > 0 ? `**${days} days** to the sunset` : days === 0 ? '**sunset is today**' : `**${-days} days past** the sunset`;
    lines.push(`- \`${entry.method} ${entry.path}\` (${entry.docName}): deprecated ${entry.deprecated}, sunset ${entry.sunset} — ${when} (counted from ${day}).`);
  }
  lines.push('', '## Totals', '');
  lines.push('| | count |', '|---|---:|');
  lines.push(`| files scanned | ${summary.filesScanned} |`);
  lines.push(`| files ${summary.mode === 'write' ? 'changed' : 'that would change'} | ${summary.changedFiles.length} |`);
  lines.push(`| sites migrated automatically | ${summary.rewritten.length} |`);
  const routed = summary.rewritten.filter(({ site }) => site.routedBecause !== undefined).length;
  if (routed > 0) lines.push(`| of which kept as written inside \`withExportRouting\` (add \`@workiva-sunset/safety-net\` to \`dependencies\`) | ${routed} |`);
  lines.push(`| sites needing manual migration | ${summary.manual.length} |`);
  lines.push(`| files skipped with errors | ${summary.skipped.length} |`);

  lines.push('', '## Sites per directory', '', '| directory | automatic | manual |', '|---|---:|---:|');
  const perDirectory = new Map<string, { automatic: number; manual: number }>();
  const bump = (file: string, key: 'automatic' | 'manual') => {
    const directory = path.posix.dirname(file);
    const counts = perDirectory.get(directory) ?? { automatic: 0, manual: 0 };
    counts[key]++;
    perDirectory.set(directory, counts);
  };
  summary.rewritten.forEach(({ file }) => bump(file, 'automatic'));
  summary.manual.forEach(({ file }) => bump(file, 'manual'));
  for (const [directory, counts] of [...perDirectory].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`| \`${directory}\` | ${counts.automatic} | ${counts.manual} |`);
  }
  if (perDirectory.size === 0) lines.push('| (none) | 0 | 0 |');

  lines.push('', '## Migrated automatically', '');
  if (summary.rewritten.length === 0) lines.push('None.');
  for (const { file, site } of summary.rewritten) lines.push(`- \`${file}:${site.line}\` — ${site.client} → \`${site.wrapper}\`${site.routedBecause === undefined ? '' : ` (the call is kept as written: ${site.routedBecause})`}`);

  lines.push('', '## Needs manual migration', '');
  if (summary.manual.length === 0) lines.push('None.');
  else {
    lines.push(
      'Each is marked in the code with `/* workiva-sunset: manual migration needed — <reason>; … */`. Until they are',
      'migrated, these calls keep working after the sunset only where the safety net is loaded',
      '(`node --import @workiva-sunset/safety-net/register`, docs/safety-net.md) and the routing switch is on.',
      '',
    );
  }
  for (const { file, site } of summary.manual) lines.push(`- \`${file}:${site.line}\` (${site.client}): ${site.reason}`);

  if (summary.skipped.length > 0) {
    lines.push('', '## Files skipped with errors', '');
    for (const { file, error } of summary.skipped) lines.push(`- \`${file}${error.line ? `:${error.line}` : ''}\`: ${error.code} — ${error.message.split('\n')[0]}`);
  }
  return `${lines.join('\n')}\n`;
}
