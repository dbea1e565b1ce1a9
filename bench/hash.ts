import { spawn, spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { hashFile } from '../src/integrity/index.js';
import { BenchUsageError, intOption, measurement, type BenchmarkDef, type BenchmarkResult } from './benchmark.js';
import { benchDataFile, warmPageCache } from './data-file.js';

/** aisec must hash at no less than this fraction of the baseline's throughput. */
const TARGET_RATIO = 0.9;

/** Tools to compare against; both print `<hex digest> <name>` (openssl with `-r`). */
const baselines = {
  sha256sum: { command: 'sha256sum', args: (path: string) => ['--', path], version: ['--version'] },
  // OpenSSL's own CLI uses the same library as Node (with SHA-NI where the CPU has it): the
  // stricter comparison where coreutils was built without OpenSSL.
  openssl: { command: 'openssl', args: (path: string) => ['dgst', '-sha256', '-r', path], version: ['version'] },
} as const;
type BaselineName = keyof typeof baselines;

const usage = `Options:
  --runs N                        measured runs of each tool, alternating (default 3)
  --size-mib N                    size of the data file in MiB (default 1024)
  --baseline sha256sum|openssl    tool to compare against (default sha256sum)`;

/**
 * `hash`: throughput of {@link hashFile} against `sha256sum` (or `openssl dgst`) on the same
 * file in page cache.
 *
 * The runs alternate between the two tools, and swap which goes first on every round, so a
 * neighbour's load or CPU frequency drift hits both alike.
 */
export const hashBenchmark: BenchmarkDef = {
  name: 'hash',
  summary: 'streaming SHA-256 of a large file: aisec hashFile against sha256sum (target ≥ 90%)',
  usage,
  run: runHashBenchmark,
};

async function runHashBenchmark(args: readonly string[]): Promise<BenchmarkResult> {
  const { runs, sizeMiB, baselineName } = parseHashArgs(args);
  const tool = baselines[baselineName];
  const log = (line: string): void => void process.stderr.write(`hash: ${line}\n`);
  const baselineTool = toolVersion(tool);
  const path = await benchDataFile('hash', sizeMiB, log);
  log('warm-up read (page cache)');
  await warmPageCache(path);

  const aisecSamples: number[] = [];
  const baselineSamples: number[] = [];
  const digests = new Set<string>();
  const sizes = new Set<number>();
  for (let round = 0; round < runs; round++) {
    const order = round % 2 === 0 ? (['baseline', 'aisec'] as const) : (['aisec', 'baseline'] as const);
    for (const which of order) {
      const started = performance.now();
      if (which === 'baseline') {
        digests.add(await runDigestTool(tool.command, tool.args(path)));
      } else {
        const digest = await hashFile(path);
        digests.add(digest.sha256);
        sizes.add(digest.size);
      }
      const mibPerSecond = sizeMiB / ((performance.now() - started) / 1000);
      (which === 'baseline' ? baselineSamples : aisecSamples).push(mibPerSecond);
      log(`round ${round + 1}/${runs}: ${which === 'aisec' ? 'aisec hashFile' : baselineName} ${mibPerSecond.toFixed(0)} MiB/s`);
    }
  }

  const aisec = measurement('aisec hashFile', 'MiB/s', aisecSamples);
  const baseline = measurement(baselineName, 'MiB/s', baselineSamples);
  const ratio = aisec.value / baseline.value;
  const [digest] = digests;
  const agree = digests.size === 1 && sizes.size === 1 && sizes.has(sizeMiB * 1024 * 1024);
  return {
    description: `SHA-256 of a ${sizeMiB} MiB file in page cache, median of ${runs} alternating runs`,
    aisec,
    baseline,
    ratio,
    target: { ratio: TARGET_RATIO, text: `≥ ${TARGET_RATIO.toFixed(2)} × ${baselineName}` },
    pass: agree && ratio >= TARGET_RATIO,
    notes: [
      agree
        ? `digests agree: ${digest}`
        : `DIGESTS DISAGREE: ${[...digests].join(', ')} (sizes hashed: ${[...sizes].join(', ')})`,
      `baseline: ${baselineTool}; its time includes starting the process`,
    ],
    details: { file: path, sizeMiB, runs, sha256: [...digests], baseline: baselineName, baselineTool },
  };
}

function parseHashArgs(args: readonly string[]): { runs: number; sizeMiB: number; baselineName: BaselineName } {
  try {
    const { values } = parseArgs({
      args: [...args],
      options: { runs: { type: 'string' }, 'size-mib': { type: 'string' }, baseline: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    });
    const baselineName = values.baseline ?? 'sha256sum';
    if (!(baselineName in baselines)) {
      throw new BenchUsageError(`--baseline must be one of ${Object.keys(baselines).join(', ')}, not "${baselineName}".`);
    }
    return {
      baselineName: baselineName as BaselineName,
      runs: intOption(values.runs, 'runs', 3, 1, 100),
      sizeMiB: intOption(values['size-mib'], 'size-mib', 1024, 1, 64 * 1024),
    };
  } catch (error) {
    if (error instanceof BenchUsageError) throw error;
    throw new BenchUsageError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
}

function toolVersion(tool: { command: string; version: readonly string[] }): string {
  const probe = spawnSync(tool.command, tool.version, { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(`${tool.command} is not on PATH: install it, or choose another --baseline.`, { cause: probe.error });
  }
  return probe.stdout.split('\n')[0]!.trim();
}

/** Run a digest tool on one file; the digest is the first field of its output. */
function runDigestTool(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (out += text));
    child.on('error', reject);
    child.on('close', (code) => {
      const sha256 = /^\\?([0-9a-f]{64}) /.exec(out)?.[1];
      if (code === 0 && sha256) resolve(sha256);
      else reject(new Error(`${command} exited with ${code} and printed: ${out.slice(0, 200)}`));
    });
  });
}
