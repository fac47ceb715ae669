// Child processes of the demo: the CLI from source, the TypeScript compiler, and the example app.
import { spawn } from 'node:child_process';
import path from 'node:path';

export interface Finished {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function run(args: readonly string[], cwd: string, env: Readonly<Record<string, string>> = {}): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** `workiva-sunset <args>` run from the repository's source (what `npx workiva-sunset` runs when installed). */
export function runCli(args: readonly string[], repoRoot: string, env: Readonly<Record<string, string>> = {}): Promise<Finished> {
  return run(['--import', 'tsx', path.join(repoRoot, 'codemods', 'cli.ts'), ...args], repoRoot, env);
}

export function runTsc(projectDir: string, repoRoot: string): Promise<Finished> {
  return run([path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(projectDir, 'tsconfig.json'), '--noEmit'], projectDir);
}

/** Runs the app's src/main.ts with tsx, after the given preload modules. */
export function runApp(appDir: string, env: Readonly<Record<string, string>>, preload: readonly string[] = []): Promise<Finished> {
  const imports = preload.flatMap((file) => ['--import', file]);
  return run(['--import', 'tsx', ...imports, path.join(appDir, 'src', 'main.ts')], appDir, env);
}
