// `npm run corpus`: what the rule and the codemod do on the blind corpora (test/blind-corpus/A…F),
// code written by helper sessions that never read the matcher, the rule or the codemod.
// For each corpus: the rule's recall and false reports against the annotated sites; the codemod's
// share of found sites rewritten (and why the rest were marked); new tsc errors; and the programs
// run against the simulator, original and migrated, before the sunset and after it (routing switch on).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { configure, resetConfiguration, successorIdsWithInferredTestForm } from 'workiva-sunset';
import { startSimulator } from '../src/testing/index.js';
// Loaded before the programs: they import it concurrently, and Node 20's require() of an ES module
// that another import() is still linking fails (ERR_VM_MODULE_LINK_FAILURE) — a loader race of
// this harness, which imports every program at once, not of the migrated code.
import '@workiva-sunset/safety-net';
import { listPrograms, runProgram, setProgramEnvironment, type ProgramOutcome } from '../test/blind-corpus/harness.js';
import { migrateDirectory, nodeForMigratedPrograms, typeErrors } from '../test/blind-corpus/corpus-runs.js';
import { scoreRule, type Site } from '../test/blind-corpus/rule-score.js';

const root = fileURLToPath(new URL('..', import.meta.url));

// Migrated CommonJS programs need the Node that can run them (see corpus-runs.ts): re-run there.
const programNode = nodeForMigratedPrograms(root);
if (programNode !== process.execPath && existsSync(programNode)) {
  console.log(`(Node 20 under tsx cannot require() ES modules from CommonJS programs: running on ${programNode})`);
  const rerun = spawnSync(programNode, ['--import', 'tsx', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(rerun.status ?? 1);
}
// I is held out: measured to validate a change, never read while making one (see README).
const CORPORA = (process.env['CORPORA'] ?? 'A,B,C,D,E,F,G,H,I').split(',');

let runs = 0;

async function runAll(source: string, sunset: boolean): Promise<ProgramOutcome[]> {
  // A fresh copy per run: programs that read their configuration when first imported (the simulator's
  // port changes between runs) must not reuse modules cached by an earlier run of this process.
  const directory = path.join(root, 'tmp', `${path.basename(source)}-run${++runs}-${process.pid}`);
  cpSync(source, directory, { recursive: true });
  const sim = await startSimulator({ retryAfterSeconds: 1, pollsUntilComplete: 1 });
  setProgramEnvironment(sim);
  if (sunset) {
    sim.set({ sunset: true });
    configure({ route: 'successor', resolveSuccessorIds: (ids) => successorIdsWithInferredTestForm(ids, { testPhaseId: 'phase-1' }) });
  }
  try {
    return await Promise.all(listPrograms(directory).map((name) => runProgram(sim, directory, name)));
  } finally {
    resetConfiguration();
    await sim.close();
    rmSync(directory, { recursive: true, force: true });
  }
}

const worked = (outcomes: readonly ProgramOutcome[]) => outcomes.filter((o) => o.ok && o.earlyPolls === 0).length;
const percent = (part: number, whole: number) => `${whole === 0 ? 0 : Math.round((100 * part) / whole)} %`;

async function reportCorpus(name: string): Promise<void> {
  const corpus = path.join(root, 'test/blind-corpus', name);
  // Other catalog endpoints (same prototype prefix, same sunset) are rightly reported too; the corpus
  // annotates only the sample-attachment export, so only its reports are scored.
  const { sites, found, missed, falseReports, otherEndpointReports, viaCallers } = await scoreRule(corpus);
  console.log(`\n## Corpus ${name}: ${listPrograms(corpus).length} programs, ${sites.length} sites\n`);
  console.log(`rule: recall ${found.size}/${sites.length} (${percent(found.size, sites.length)}), false reports ${falseReports.length} (and ${otherEndpointReports} reports of other catalog endpoints, not scored)`);
  if (viaCallers.length > 0) console.log(`  of which ${viaCallers.length} reported at a call into a file that disables ESLint: ${viaCallers.map((s) => s.id).join(', ')}`);
  for (const site of missed) console.log(`  missed ${site.id} (${site.file}:${site.line}, ${site.client})`);
  for (const r of falseReports) console.log(`  false report ${r.file}:${r.line}: ${r.message.slice(0, 100)}`);
  // RULE_ONLY=1: the rule's figures only (seconds), without the codemod and the programs (minutes).
  if (process.env['RULE_ONLY'] === '1') return;

  // Inside the repository so the programs resolve axios, got, … and workiva-sunset from its node_modules.
  const copy = path.join(root, 'tmp', `corpus-${name}-${process.pid}`);
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(path.dirname(copy), { recursive: true });
  cpSync(corpus, copy, { recursive: true });
  try {
    const tscBefore = typeErrors(root, copy).length;
    const migration = migrateDirectory(root, copy, [0, 2]);
    // A multi-line chain is listed on its sending member's line (`.post(url)`), which may be the site's path line.
    const isAt = (r: { file: string; line: number }, s: Site) => r.file === s.file && (r.line === s.line || r.line === s.pathLine);
    const rewritten = [...found].filter((s) => migration.sitesRewritten.some((r) => isAt(r, s)));
    console.log(`codemod: ${rewritten.length}/${found.size} found sites rewritten (${percent(rewritten.length, found.size)}), ${migration.sitesManual.length} marked for a person`);
    for (const m of migration.sitesManual) console.log(`  marker ${m.file}:${m.line}: ${m.reason}`);
    const idempotent = migrateDirectory(root, copy, [0, 2]).sitesRewritten.length === 0;
    console.log(`tsc errors: ${tscBefore} before, ${typeErrors(root, copy).length} after migrating; second run changes nothing: ${idempotent ? 'yes' : 'NO'}`);

    const originalBefore = await runAll(corpus, false);
    const migratedBefore = await runAll(copy, false);
    const originalAfter = await runAll(corpus, true);
    const migratedAfter = await runAll(copy, true);
    const early = (outcomes: readonly ProgramOutcome[]) => outcomes.reduce((total, o) => total + o.earlyPolls, 0);
    const total = originalBefore.length;
    console.log('| programs | before the sunset (legacy) | after the sunset (switch on) | early polls (before/after) |');
    console.log('|---|---:|---:|---:|');
    console.log(`| original | ${worked(originalBefore)}/${total} | ${worked(originalAfter)}/${total} | ${early(originalBefore)}/${early(originalAfter)} |`);
    console.log(`| migrated | ${worked(migratedBefore)}/${total} | ${worked(migratedAfter)}/${total} | ${early(migratedBefore)}/${early(migratedAfter)} |`);
    for (const o of migratedAfter.filter((x) => !x.ok || x.earlyPolls > 0)) console.log(`  after the sunset, migrated ${o.name}: ${o.error ?? `${o.earlyPolls} early polls`}`.slice(0, 220));
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

for (const name of CORPORA) await reportCorpus(name);
