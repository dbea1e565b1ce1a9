/**
 * Run the built CLI (`node dist/cli/main.js`) as a child process, as a user would: real exit
 * codes, real signals, stdout and stderr captured. Build first (`npm run build`; `npm ci` does
 * it through `prepare`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built entry point. */
export const builtCliPath = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

/** What a run of the CLI gave. */
export interface BuiltCliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Milliseconds from spawn to exit. */
  readonly ms: number;
}

/** Options of {@link runBuiltCli}. */
export interface BuiltCliOptions {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Called once the process is started (to signal it, say). */
  readonly onSpawn?: (child: ChildProcess) => void;
  /** Killed with SIGKILL after this long (default 240 s), so a hang fails the test instead of the run. */
  readonly killAfterMs?: number;
}

/** Run `node dist/cli/main.js ...args`. */
export function runBuiltCli(args: readonly string[], options: BuiltCliOptions = {}): Promise<BuiltCliRun> {
  if (!existsSync(builtCliPath)) throw new Error(`${builtCliPath} is missing: run \`npm run build\` before the e2e tests of the built CLI.`);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [builtCliPath, ...args], {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: '1', CI: 'true', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 240_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
    options.onSpawn?.(child);
  });
}
