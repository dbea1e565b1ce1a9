/**
 * Compiles TypeScript entry files and what they import, as `npm run build` compiles the package
 * (this repository's tsconfig.json and TypeScript compiler; no type check), into a temporary
 * directory where plain `node` runs them: benchmarks that time code run what users run, not the
 * sources as the benchmark runner's loader transforms them on the fly.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));

/** A compiled tree: `out` mirrors `rootDir` with .js files; remove `dir` when done. */
export interface CompiledTree {
  readonly dir: string;
  readonly out: string;
  /** Path of the compiled form of a source file under `rootDir`. */
  js(source: string): string;
}

/**
 * Compile `entries` (files under `rootDir`, which holds sources laid out like this repository's:
 * src/, bench/, data/, and a package.json saying they are ES modules) and their imports into a new temporary directory. The compiled files find
 * this repository's packages, the `data/` of `rootDir` (the weights the sources there load), and
 * ESM semantics where the sources do.
 */
export function compileForNode(entries: readonly string[], rootDir: string = repo): CompiledTree {
  const dir = mkdtempSync(path.join(tmpdir(), 'aisec-bench-build-'));
  const out = path.join(dir, 'out');
  try {
    const tsconfig = {
      extends: path.join(repo, 'tsconfig.json'),
      compilerOptions: { rootDir, outDir: out, noEmit: false, noCheck: true, declaration: false, sourceMap: false, incremental: false },
      include: [],
      files: entries.map((e) => path.resolve(rootDir, e)),
    };
    writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const built = spawnSync(process.execPath, [tsc, '-p', path.join(dir, 'tsconfig.json')], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (built.status !== 0) throw new Error(`compiling ${entries.join(', ')} failed (tsc exit ${String(built.status)}):\n${built.stdout}${built.stderr}`);
    symlinkSync(path.join(repo, 'node_modules'), path.join(out, 'node_modules'));
    symlinkSync(path.join(rootDir, 'data'), path.join(out, 'data'));
    writeFileSync(path.join(out, 'package.json'), '{"type":"module"}\n');
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, out, js: (source) => path.join(out, path.relative(rootDir, path.resolve(rootDir, source)).replace(/\.ts$/, '.js')) };
}

/**
 * Run the compiled form of `entry` (a source file of `tree`) with plain `node`, handing it `job`
 * as a JSON file named by its one argument; its stdout is returned, its stderr passed through.
 */
export function runJob(tree: CompiledTree, entry: string, job: unknown): string {
  const jobFile = path.join(tree.dir, 'job.json');
  writeFileSync(jobFile, JSON.stringify(job));
  const script = tree.js(entry);
  const run = spawnSync(process.execPath, [script, jobFile], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`${path.basename(script)} failed (exit ${String(run.status)}${run.signal ? `, ${run.signal}` : ''}); its errors are above`);
  return run.stdout;
}

/** Remove a compiled tree. */
export function removeTree(tree: CompiledTree): void {
  rmSync(tree.dir, { recursive: true, force: true });
}
