import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createManifest, type ChunkingSpec, type Manifest } from '../src/integrity/index.js';
import { BenchUsageError, intOption, measurement, type BenchmarkDef, type BenchmarkResult } from './benchmark.js';
import { benchDataFile, warmPageCache } from './data-file.js';

/** aisec must make the manifest at no less than this fraction of sha256sum's throughput. */
const TARGET_RATIO = 0.9;
const MIB = 1024 * 1024;

const usage = `Options:
  --runs N             measured runs of each tool, alternating (default 3)
  --size-mib N         size of the data file in MiB (default 1024)
  --input random|csv   random: the hash benchmark's file, chunked as CSV (default);
                       csv: a generated CSV of ~100-byte rows, detected from content
  --chunk-rows N       rows per chunk (default 1000)`;

/**
 * `manifest`: throughput of {@link createManifest} (one read that hashes the file and cuts it
 * into row chunks hashed as Merkle leaves) against \`sha256sum\` on the same file in page cache.
 */
export const manifestBenchmark: BenchmarkDef = {
  name: 'manifest',
  summary: 'data manifest of a large file (SHA-256 + row-chunk Merkle tree) against sha256sum (target ≥ 90%)',
  usage,
  run: runManifestBenchmark,
};

async function runManifestBenchmark(args: readonly string[]): Promise<BenchmarkResult> {
  const { runs, sizeMiB, input, chunkRows } = parseManifestArgs(args);
  const log = (line: string): void => void process.stderr.write(`manifest: ${line}\n`);
  const baselineTool = spawnSync('sha256sum', ['--version'], { encoding: 'utf8' });
  if (baselineTool.status !== 0) throw new Error('sha256sum is not on PATH: install GNU coreutils.');
  // The random file is the hash benchmark's own (same name, same generator), so the two compare.
  const path = input === 'random' ? await benchDataFile('hash', sizeMiB, log) : await benchCsvFile(sizeMiB, log);
  const chunking: ChunkingSpec | undefined = input === 'random' ? { format: 'csv', delimiter: ',', header: true, chunkRows } : undefined;
  log('warm-up read (page cache)');
  await warmPageCache(path);

  const aisecSamples: number[] = [];
  const baselineSamples: number[] = [];
  const digests = new Set<string>();
  let last: Manifest | undefined;
  for (let round = 0; round < runs; round++) {
    const order = round % 2 === 0 ? (['baseline', 'aisec'] as const) : (['aisec', 'baseline'] as const);
    for (const which of order) {
      const started = performance.now();
      if (which === 'baseline') digests.add(await sha256sum(path));
      else {
        last = await createManifest(path, { chunkRows, ...(chunking ? { chunking } : {}) });
        digests.add(last.files[0]!.sha256);
      }
      const mibPerSecond = sizeMiB / ((performance.now() - started) / 1000);
      (which === 'baseline' ? baselineSamples : aisecSamples).push(mibPerSecond);
      log(`round ${round + 1}/${runs}: ${which === 'aisec' ? 'aisec createManifest' : 'sha256sum'} ${mibPerSecond.toFixed(0)} MiB/s`);
    }
  }

  const tabular = last?.files[0]?.tabular;
  const covered = tabular ? (tabular.headerChunk?.bytes ?? 0) + tabular.chunks.reduce((n, c) => n + c.bytes, 0) : -1;
  const agree = digests.size === 1 && covered === sizeMiB * MIB;
  const aisec = measurement('aisec createManifest', 'MiB/s', aisecSamples);
  const baseline = measurement('sha256sum', 'MiB/s', baselineSamples);
  const ratio = aisec.value / baseline.value;
  return {
    description: `manifest of a ${sizeMiB} MiB ${input === 'random' ? 'random file chunked as CSV' : 'CSV file'} in page cache (${chunkRows} rows per chunk), median of ${runs} alternating runs`,
    aisec,
    baseline,
    ratio,
    target: { ratio: TARGET_RATIO, text: `≥ ${TARGET_RATIO.toFixed(2)} × sha256sum` },
    pass: agree && ratio >= TARGET_RATIO,
    notes: [
      agree ? `digests agree: ${[...digests][0]}` : `CHECK FAILED: digests ${[...digests].join(', ')}, chunks cover ${covered} of ${sizeMiB * MIB} bytes`,
      `${tabular?.rows ?? 0} rows in ${tabular?.chunks.length ?? 0} chunks, Merkle root ${tabular?.root ?? 'none'}`,
      `baseline: ${baselineTool.stdout.split('\n')[0]!.trim()}; its time includes starting the process`,
    ],
    details: { file: path, sizeMiB, runs, input, chunkRows, rows: tabular?.rows ?? 0, chunks: tabular?.chunks.length ?? 0, root: tabular?.root ?? null, sha256: [...digests] },
  };
}

/**
 * A CSV of about `sizeMiB` MiB in the OS temp dir (exactly that many bytes: the last row is
 * padded), written once and reused. Rows look like tabular training data: ids, numbers, a
 * quoted text field with a comma, a label.
 */
async function benchCsvFile(sizeMiB: number, log: (line: string) => void): Promise<string> {
  const path = join(tmpdir(), `aisec-bench-manifest-${sizeMiB}mib.csv`);
  const total = sizeMiB * MIB;
  if (existsSync(path) && statSync(path).size === total) {
    log(`reusing ${path}`);
    return path;
  }
  log(`writing a ${sizeMiB} MiB CSV to ${path} (not measured)`);
  const partial = `${path}.${process.pid}.partial`;
  const handle = await open(partial, 'w');
  try {
    let written = 0;
    let row = 0;
    const header = 'id,age,income,score,comment,label\n';
    await handle.write(header);
    written += header.length;
    while (written < total) {
      const lines: string[] = [];
      let size = 0;
      while (size < 4 * MIB) {
        const line = `${row},${20 + (row % 50)},${(row * 7919) % 150_000}.${row % 100},${((row * 31) % 1000) / 1000},"note ${row % 997}, checked",${row % 2}\n`;
        lines.push(line);
        size += line.length;
        row++;
      }
      let block = lines.join('');
      if (written + block.length > total) block = `${block.slice(0, total - written - 1)}\n`;
      await handle.write(block);
      written += block.length;
    }
  } catch (error) {
    await handle.close();
    await rm(partial, { force: true });
    throw error;
  }
  await handle.close();
  await rename(partial, path);
  return path;
}

function sha256sum(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('sha256sum', ['--', path], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (out += text));
    child.on('error', reject);
    child.on('close', (code) => {
      const digest = /^\\?([0-9a-f]{64}) /.exec(out)?.[1];
      if (code === 0 && digest) resolve(digest);
      else reject(new Error(`sha256sum exited with ${code} and printed: ${out.slice(0, 200)}`));
    });
  });
}

function parseManifestArgs(args: readonly string[]): { runs: number; sizeMiB: number; input: 'random' | 'csv'; chunkRows: number } {
  try {
    const { values } = parseArgs({ args: [...args], options: { runs: { type: 'string' }, 'size-mib': { type: 'string' }, input: { type: 'string' }, 'chunk-rows': { type: 'string' } }, strict: true, allowPositionals: false });
    const input = values.input ?? 'random';
    if (input !== 'random' && input !== 'csv') throw new BenchUsageError(`--input must be random or csv, not "${input}".`);
    return {
      input,
      runs: intOption(values.runs, 'runs', 3, 1, 100),
      sizeMiB: intOption(values['size-mib'], 'size-mib', 1024, 1, 64 * 1024),
      chunkRows: intOption(values['chunk-rows'], 'chunk-rows', 1000, 1, 10_000_000),
    };
  } catch (error) {
    if (error instanceof BenchUsageError) throw error;
    throw new BenchUsageError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
}
