import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BenchUsageError, intOption, measurement, type BenchmarkDef, type BenchmarkResult } from './benchmark.js';
import { benignPickle } from './pickle-data.js';

const repo = path.resolve(import.meta.dirname, '..');
const cli = path.join(repo, 'dist', 'cli', 'main.js');
const severityRank: Record<string, number> = { none: -1, info: 0, low: 1, medium: 2, high: 3, critical: 4 };

const usage = `Options:
  --runs N          measured runs of each tool per file (default 3)
  --size-mib N      size of the large benign pickles (default 200)
  --corpus DIR      labelled corpus with manifest.csv (default ../shared/data/model-corpus/dev,
                    else test/fixtures/model-corpus)
Environment:
  PICKLESCAN_DIR    a picklescan checkout: run it as the baseline on the same files
                    (otherwise the baseline is CPython's pickletools.genops walk)`;

interface Timed {
  seconds: number;
  maxRssMiB: number;
  status: number;
  stdout: string;
}

/** Run a command under GNU time: wall seconds and peak RSS. */
function timed(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Timed {
  const out = spawnSync('/usr/bin/time', ['-f', '@@%e %M', command, ...args], { encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 });
  const m = /@@([\d.]+) (\d+)/.exec(out.stderr ?? '');
  if (!m) throw new Error(`${command} did not run: ${out.error?.message ?? out.stderr?.slice(0, 400)}`);
  return { seconds: Number(m[1]), maxRssMiB: Number(m[2]) / 1024, status: out.status ?? -1, stdout: out.stdout };
}

function picklescanArgs(file: string): { command: string; args: string[]; env: NodeJS.ProcessEnv; label: string } | null {
  const dir = process.env.PICKLESCAN_DIR;
  if (!dir) return null;
  const src = path.join(dir, 'src');
  // The console script propagates the exit code; `python -m picklescan` does not (always 0).
  return { command: 'python3', args: ['-S', '-c', `import sys; sys.path.insert(0, ${JSON.stringify(src)}); from picklescan.cli import main; sys.exit(main())`, '-p', file], env: process.env, label: 'picklescan' };
}

function baselineFor(file: string): { command: string; args: string[]; env: NodeJS.ProcessEnv; label: string } {
  return picklescanArgs(file) ?? {
    command: 'python3',
    args: ['-S', '-c', 'import sys, pickletools\nf = open(sys.argv[1], "rb")\nn = sum(1 for _ in pickletools.genops(f))\nprint(n)', file],
    env: process.env,
    label: 'pickletools.genops',
  };
}

function aisecScan(file: string): Timed {
  return timed(process.execPath, [cli, 'scan', file, '--json', '--fail-on', 'none']);
}

const child = path.join(repo, 'bench', 'scan-child.mjs');

/** The scan alone, in a child process: seconds without Node start-up and module loading, peak RSS, report. */
function aisecScanOnly(file: string): Timed & { wallSeconds: number } {
  const run = timed(process.execPath, [child, file]);
  const out = JSON.parse(run.stdout) as { ms: number; maxRssKiB: number; report: unknown };
  return { seconds: out.ms / 1000, wallSeconds: run.seconds, maxRssMiB: run.maxRssMiB, status: run.status, stdout: JSON.stringify(out.report) };
}

interface CorpusRow {
  file: string;
  label: string;
  expected: string;
}

function corpusRows(dir: string): CorpusRow[] {
  const lines = readFileSync(path.join(dir, 'manifest.csv'), 'utf8').trim().split('\n');
  const header = lines[0]!.split(',');
  const col = (name: string) => header.indexOf(name);
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    return { file: cells[col('file')]!, label: cells[col('label')]!, expected: cells[col('expected_severity')]! };
  });
}

function worstSeverity(report: { findings: { severity: string; location: { path: string } }[] }, file: string): string {
  let worst = 'none';
  for (const f of report.findings) if (f.location.path === file && severityRank[f.severity]! > severityRank[worst]!) worst = f.severity;
  return worst;
}

/** Detection on the labelled corpus, for aisec and (when present) picklescan. */
function detection(dir: string): { notes: string[]; details: Record<string, unknown>; ok: boolean } {
  const rows = corpusRows(dir);
  let detected = 0;
  let atSeverity = 0;
  let falsePositives = 0;
  let picklescanDetected = 0;
  let picklescanFalse = 0;
  const misses: string[] = [];
  for (const row of rows) {
    const file = path.join(dir, row.file);
    const run = aisecScan(file);
    const worst = worstSeverity(JSON.parse(run.stdout) as never, file);
    const ps = picklescanArgs(file);
    const psFlag = ps ? spawnSync(ps.command, ps.args, { encoding: 'utf8' }).status === 1 : false;
    if (row.label === 'malicious') {
      if (worst !== 'none' && severityRank[worst]! >= severityRank.low!) detected++;
      if (severityRank[worst]! >= severityRank[row.expected]!) atSeverity++;
      else misses.push(`${row.file} (expected ${row.expected}, got ${worst})`);
      if (psFlag) picklescanDetected++;
    } else {
      if (severityRank[worst]! >= severityRank.low!) {
        falsePositives++;
        misses.push(`${row.file} benign but flagged ${worst}`);
      }
      if (psFlag) picklescanFalse++;
    }
  }
  const malicious = rows.filter((r) => r.label === 'malicious').length;
  const benign = rows.length - malicious;
  const notes = [
    `corpus ${dir}: aisec detected ${detected}/${malicious} malicious files, ${atSeverity}/${malicious} at their expected severity; ${falsePositives}/${benign} benign files flagged`,
    process.env.PICKLESCAN_DIR ? `picklescan (same run): ${picklescanDetected}/${malicious} detected (exit 1), ${picklescanFalse}/${benign} benign flagged` : 'picklescan: not run (set PICKLESCAN_DIR)',
    ...misses.map((m) => `  miss: ${m}`),
  ];
  return { notes, details: { malicious, benign, detected, atSeverity, falsePositives, picklescanDetected, picklescanFalse }, ok: atSeverity === malicious && falsePositives === 0 };
}

/** Throughput of aisec and the baseline on one large pickle, alternating runs. */
function throughput(file: string, runs: number, log: (s: string) => void) {
  const sizeMiB = statSync(file).size / (1024 * 1024);
  const base = baselineFor(file);
  const a: number[] = [];
  const b: number[] = [];
  const whole: number[] = [];
  let rss = 0;
  let baseRss = 0;
  let clean = true;
  for (let i = 0; i < runs; i++) {
    const x = aisecScanOnly(file);
    const report = JSON.parse(x.stdout) as { findings: unknown[]; targets: { status: string }[] };
    clean &&= report.findings.length === 0 && report.targets.every((t) => t.status === 'complete');
    a.push(sizeMiB / x.seconds);
    whole.push(sizeMiB / x.wallSeconds);
    rss = Math.max(rss, x.maxRssMiB);
    const y = timed(base.command, base.args, base.env);
    b.push(sizeMiB / y.seconds);
    baseRss = Math.max(baseRss, y.maxRssMiB);
    log(`${path.basename(file)} run ${i + 1}/${runs}: aisec ${a.at(-1)!.toFixed(1)} MiB/s (${x.maxRssMiB.toFixed(0)} MiB RSS), ${base.label} ${b.at(-1)!.toFixed(1)} MiB/s (${y.maxRssMiB.toFixed(0)} MiB RSS)`);
  }
  return { aisec: measurement('aisec scan', 'MiB/s', a), whole: measurement('aisec scan, whole process', 'MiB/s', whole), baseline: measurement(base.label, 'MiB/s', b), rss, baseRss, clean, sizeMiB };
}

/**
 * `model-scan`: speed and memory of `aisec scan` on a 200 MiB opcode-dense and a blob-heavy
 * benign pickle (targets ≥ 50 and ≥ 500 MiB/s, peak RSS < 512 MiB), and detection on the
 * labelled model corpus; picklescan runs on the same files when PICKLESCAN_DIR is set.
 */
export const modelScanBenchmark: BenchmarkDef = {
  name: 'model-scan',
  summary: 'aisec scan on 200 MiB pickles (≥ 50 MiB/s dense, ≥ 500 MiB/s blob, < 512 MiB RSS) and corpus detection, beside picklescan',
  usage,
  async run(args): Promise<BenchmarkResult> {
    let values;
    try {
      ({ values } = parseArgs({ args: [...args], options: { runs: { type: 'string' }, 'size-mib': { type: 'string' }, corpus: { type: 'string' } }, strict: true }));
    } catch (error) {
      throw new BenchUsageError(`${(error as Error).message}\n${usage}`);
    }
    const runs = intOption(values.runs, 'runs', 3, 1, 20);
    const sizeMiB = intOption(values['size-mib'], 'size-mib', 200, 1, 4096);
    const log = (line: string) => void process.stderr.write(`model-scan: ${line}\n`);
    if (!existsSync(cli)) throw new BenchUsageError('dist/cli/main.js is missing: run `npm run build` first.');
    const dense = throughput(await benignPickle('dense', sizeMiB, log), runs, log);
    const blob = throughput(await benignPickle('blob', sizeMiB, log), runs, log);
    const shared = path.resolve(repo, '..', 'shared', 'data', 'model-corpus', 'dev');
    const corpus = values.corpus ?? (existsSync(shared) ? shared : path.join(repo, 'test', 'fixtures', 'model-corpus'));
    const detect = existsSync(path.join(corpus, 'manifest.csv')) ? detection(corpus) : { notes: [`no corpus manifest in ${corpus}`], details: {}, ok: false };
    const speedOk = dense.aisec.value >= 50 && blob.aisec.value >= 500 && Math.max(dense.rss, blob.rss) < 512;
    return {
      description: `aisec scan (hash + analysis, Node start-up excluded) on a ${dense.sizeMiB.toFixed(0)} MiB opcode-dense pickle; median of ${runs} alternating runs; baseline wall time`,
      aisec: dense.aisec,
      baseline: dense.baseline,
      ratio: dense.aisec.value / dense.baseline.value,
      target: { ratio: 0, text: '≥ 50 MiB/s dense, ≥ 500 MiB/s blob, RSS < 512 MiB, every malicious corpus file at its severity, 0 false positives' },
      pass: speedOk && detect.ok && dense.clean && blob.clean,
      notes: [
        `opcode-dense ${dense.sizeMiB.toFixed(0)} MiB: aisec ${dense.aisec.value.toFixed(1)} MiB/s (${dense.whole.value.toFixed(1)} MiB/s with Node start-up), peak RSS ${dense.rss.toFixed(0)} MiB; ${dense.baseline.label} ${dense.baseline.value.toFixed(1)} MiB/s, peak RSS ${dense.baseRss.toFixed(0)} MiB${dense.clean ? '' : ' — AISEC DID NOT REPORT THE BENIGN FILE CLEAN AND COMPLETE'}`,
        `blob-heavy ${blob.sizeMiB.toFixed(0)} MiB: aisec ${blob.aisec.value.toFixed(1)} MiB/s (${blob.whole.value.toFixed(1)} MiB/s with Node start-up), peak RSS ${blob.rss.toFixed(0)} MiB; ${blob.baseline.label} ${blob.baseline.value.toFixed(1)} MiB/s, peak RSS ${blob.baseRss.toFixed(0)} MiB${blob.clean ? '' : ' — AISEC DID NOT REPORT THE BENIGN FILE CLEAN AND COMPLETE'}`,
        ...detect.notes,
      ],
      details: { dense, blob, detection: detect.details, corpus },
    };
  },
};
