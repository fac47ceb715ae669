// `npm run demo`: the whole migration on examples/legacy-app, against the local simulator only.
// lint (countdown) → codemod dry-run diff → migrate a copy → lint again → type-check the copy →
// run original and migrated before the sunset → preflight the ids on the successor → sunset mode:
// original fails, migrated (only the switch turned on, ids discovered) still downloads the same PDFs.
import { cp, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { daysUntilSunset, SAMPLE_ATTACHMENT_EXPORT } from '../src/catalog/index.js';
import { startSimulator, type SimulatedTestForm } from '../src/testing/index.js';
import { lintProject } from './demo/lint.js';
import { runApp, runCli, runTsc } from './demo/processes.js';
import { banner, fail, step } from './demo/output.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const originalApp = path.join(repoRoot, 'examples', 'legacy-app');

/** The ids the legacy app exports (examples/legacy-app/src/main.ts), as a team lists them for preflight. */
const APP_ID_SETS = [{ auditId: 'QXVkaXQ6MTIz', procedureId: 'UHJvY2VkdXJlOjQ1', matrixId: 'TWF0cml4Ojc4', sampleId: 'U2FtcGxlOjkw', attachmentId: 'QXR0YWNobWVudDox' }];

/**
 * The successor's view of the app's audit: a test form with the audit's id and three phases (two
 * listing pages). The phase ids have nothing to do with the procedure id, as on Workiva.
 */
const TEST_FORMS: SimulatedTestForm[] = [
  {
    id: 'QXVkaXQ6MTIz',
    name: 'FY26 SOX',
    phases: [
      { id: 'bac770b8-1673-11ec-9621-0242ac130002', name: 'Walkthrough', matrices: [{ id: 'TWF0cml4Ojc3', name: 'Revenue' }] },
      { id: 'c41f07d2-1673-11ec-9621-0242ac130002', name: 'Interim', matrices: [] },
      { id: 'd5e2a8f0-1673-11ec-9621-0242ac130002', name: 'Follow Up', matrices: [{ id: 'TWF0cml4Ojc4', name: 'Access reviews' }] },
    ],
  },
];

async function main(): Promise<void> {
  const today = new Date();
  banner(
    `workiva-sunset demo — ${SAMPLE_ATTACHMENT_EXPORT.method} ${SAMPLE_ATTACHMENT_EXPORT.path}\n` +
      `sunset ${SAMPLE_ATTACHMENT_EXPORT.sunset}: ${daysUntilSunset(SAMPLE_ATTACHMENT_EXPORT.sunset, today.getTime())} days from today (${today.toISOString().slice(0, 10)})`,
  );

  step(1, 'Lint the legacy app (the countdown)');
  const before = await lintProject(originalApp);
  console.log(before.text);
  if (before.problems === 0) fail('the lint rule found nothing in the legacy app');

  step(2, 'Codemod dry run: the diff it would apply');
  const dryRun = await runCli(['migrate', '--dry-run', path.join(originalApp, 'src')], repoRoot);
  console.log(dryRun.stdout.trimEnd());
  if (dryRun.code !== 0) fail(`migrate --dry-run exited ${dryRun.code}\n${dryRun.stderr}`);

  const work = await mkdtemp(path.join(tmpdir(), 'workiva-sunset-demo-'));
  try {
    const migratedApp = await copyApp(work);
    step(3, `Migrate a copy (${migratedApp})`);
    const migrate = await runCli(['migrate', '--allow-dirty', path.join(migratedApp, 'src')], repoRoot);
    console.log(migrate.stdout.trimEnd());
    if (migrate.code !== 0) fail(`migrate exited ${migrate.code}\n${migrate.stderr}`);

    step(4, 'Lint the migrated copy again');
    const after = await lintProject(migratedApp);
    console.log(after.problems === 0 ? '✔ no deprecated calls left' : after.text);
    if (after.problems !== 0) fail('the migrated copy still has deprecated calls');

    step(5, 'Type-check the migrated copy');
    const tsc = await runTsc(migratedApp, repoRoot);
    if (tsc.code !== 0) fail(`tsc found errors in the migrated copy:\n${tsc.stdout}${tsc.stderr}`);
    console.log('✔ tsc --noEmit: no errors');

    await runAgainstSimulator(migratedApp);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Copies the app next to a node_modules link and a tsconfig that resolves `workiva-sunset` to this repo's runtime sources. */
async function copyApp(work: string): Promise<string> {
  const migratedApp = path.join(work, 'legacy-app');
  await cp(originalApp, migratedApp, { recursive: true });
  await symlink(path.join(repoRoot, 'node_modules'), path.join(work, 'node_modules'), 'dir');
  const tsconfig = {
    extends: path.join(originalApp, 'tsconfig.json'),
    compilerOptions: { customConditions: ['@workiva-sunset/source'] },
    include: ['src'],
  };
  await writeFile(path.join(migratedApp, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  return migratedApp;
}

async function runAgainstSimulator(migratedApp: string): Promise<void> {
  const simulator = await startSimulator({ retryAfterSeconds: 1, pollsUntilComplete: 1, clientId: 'evidence-exporter', clientSecret: 'local-secret', testForms: TEST_FORMS });
  try {
    const env = { WORKIVA_API_URL: simulator.url };

    step(6, `Before the sunset: run both against the simulator (${simulator.url}, legacy route)`);
    const original = await runApp(originalApp, env);
    const migrated = await runApp(migratedApp, env);
    console.log(`original  ${original.stdout.trim()}`);
    console.log(`migrated  ${migrated.stdout.trim()}`);
    if (original.code !== 0 || migrated.code !== 0) fail(`a run failed:\n${original.stderr}${migrated.stderr}`);
    if (original.stdout !== migrated.stdout) fail('the migrated app downloaded different PDFs');
    console.log('✔ same PDFs (sha256) from the original and the migrated app');

    step(7, 'Before switching: preflight the ids the app exports (successor discovery, a real successor export)');
    const idsFile = path.join(migratedApp, 'workiva-ids.json');
    await writeFile(idsFile, JSON.stringify(APP_ID_SETS, null, 2));
    const credentials = { WORKIVA_API_URL: simulator.url, WORKIVA_CLIENT_ID: 'evidence-exporter', WORKIVA_CLIENT_SECRET: 'local-secret' };
    const preflight = await runCli(['preflight', '--export', idsFile], repoRoot, credentials);
    console.log(preflight.stdout.trimEnd());
    if (preflight.code !== 0) fail(`preflight exited ${preflight.code}\n${preflight.stderr}`);

    step(8, 'After the sunset: simulator in sunset mode (the legacy endpoint answers 410)');
    simulator.set({ sunset: true });
    const failing = await runApp(originalApp, env);
    const reason = failing.stderr.split('\n').find((line) => /^\w*Error\b/.test(line)) ?? failing.stderr.trim();
    console.log(`original  ✘ exit ${failing.code}: ${reason}`);
    if (failing.code === 0) fail('the original app should fail once the endpoint is switched off');

    const listingsBefore = simulator.requestsOf('test-phases').length;
    const exportsBefore = simulator.requestsOf('export-successor').length;
    console.log('migrated  routing switch: WORKIVA_SUNSET_ROUTE=successor — no id mapping in code, the successor ids are discovered');
    const successor = await runApp(migratedApp, { ...env, WORKIVA_SUNSET_ROUTE: 'successor' });
    console.log(`migrated  ${successor.stdout.trim()}`);
    if (successor.code !== 0) fail(`the migrated app failed on the successor route:\n${successor.stderr}`);
    if (successor.stdout !== original.stdout) fail('the successor route downloaded different PDFs');
    const successorExports = simulator.requestsOf('export-successor').length - exportsBefore;
    const listingPages = simulator.requestsOf('test-phases').length - listingsBefore;
    console.log(`✔ same PDFs after the sunset, through ${successorExports} successor exports (X-Version: 2026-01-01)`);
    console.log(`✔ discovery: ${listingPages} test phase listing pages for ${successorExports} exports of one test form (cached per test form)`);

    const early = simulator.earlyPolls().length;
    console.log(`${early === 0 ? '✔' : '✘'} polls earlier than the announced Retry-After: ${early}`);
    if (early !== 0) fail('a poll came before its Retry-After');
  } finally {
    await simulator.close();
  }
}

await main();
