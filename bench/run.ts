// `npm run bench`: runs every benchmark in bench/ one after another, each printing its own ratios.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const benches = ['wrapper.ts', 'lint.ts', 'codemod.ts'];
const only = process.argv.slice(2);
let failed = 0;
for (const bench of benches.filter((name) => only.length === 0 || only.some((o) => name.startsWith(o)))) {
  console.log(`\n=== bench/${bench} ===`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(bench, import.meta.url))], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
