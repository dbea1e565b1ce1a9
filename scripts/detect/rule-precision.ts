/**
 * Precision of the prompt-injection rule layer on the development set: per-rule hits on benign
 * and injection rows, the share of benign rows any rule hits, recall overall and per category
 * family, and matching time. Rules run on every view the detector scores (the normalised text
 * and each decoded segment).
 *
 *   npx tsx scripts/detect/rule-precision.ts [--data data/prompt-injection/dev.jsonl] [--show-benign] [--show-missed FAMILY] [--json]
 *
 * Exits 1 when a rule with score ≥ 0.9 hits more than one benign row or the rules together
 * hit more than 1 % of benign rows. The holdout set is never read by this script's defaults.
 */
import { readFileSync } from 'node:fs';
import { injectionRules, matchInjectionRules, type RuleMatch } from '../../src/detect/prompt-injection/rules.js';
import { prepareForScoring } from '../../src/detect/prompt-injection/prepare-text.js';
import { normaliseForDetection } from '../../src/detect/prompt-injection/normalise.js';

interface Row {
  readonly id: string;
  readonly text: string;
  readonly label: 'injection' | 'benign';
  readonly category: string;
  readonly lang: string;
  readonly quality: string;
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const dataPath = argValue('--data') ?? 'data/prompt-injection/dev.jsonl';
if (/holdout/i.test(dataPath) && !process.argv.includes('--final')) {
  console.error('rule-precision: the holdout set is kept unseen; pass --final to score it for final figures');
  process.exit(2);
}
const rows: Row[] = readFileSync(dataPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Row);

/** Matches over the views the detector scores, best match per rule. */
function matchRow(text: string): RuleMatch[] {
  const prepared = prepareForScoring(text);
  const hasNormalised = prepared.views.some((v) => v.kind === 'normalised');
  const best = new Map<string, RuleMatch>();
  for (const view of prepared.views) {
    if (view.kind === 'raw' && hasNormalised) continue;
    for (const m of matchInjectionRules(view.text)) if (!best.has(m.id)) best.set(m.id, m);
  }
  return [...best.values()];
}

const familyOf = (row: Row): string => (row.label === 'benign' ? row.category.split(':').slice(0, 2).join(':') : row.category.split(':')[0] ?? row.category);

const perRule = new Map<string, { benign: number; injection: number }>();
for (const r of injectionRules) perRule.set(r.id, { benign: 0, injection: 0 });
const families = new Map<string, { total: number; hit: number; hitHigh: number }>();
const benignHits: { row: Row; matches: RuleMatch[] }[] = [];
const missed: Row[] = [];
let benignTotal = 0;
let benignHit = 0;
let benignHitHigh = 0;
let injectionTotal = 0;
let injectionHit = 0;
let injectionHitHigh = 0;
let cleanTotal = 0;
let cleanHit = 0;

for (const row of rows) {
  const matches = matchRow(row.text);
  const any = matches.length > 0;
  const high = matches.some((m) => m.score >= 0.9);
  for (const m of matches) {
    const c = perRule.get(m.id);
    if (c !== undefined) c[row.label === 'benign' ? 'benign' : 'injection']++;
  }
  const fam = familyOf(row);
  const f = families.get(fam) ?? { total: 0, hit: 0, hitHigh: 0 };
  f.total++;
  if (any) f.hit++;
  if (high) f.hitHigh++;
  families.set(fam, f);
  if (row.label === 'benign') {
    benignTotal++;
    if (any) {
      benignHit++;
      benignHits.push({ row, matches });
    }
    if (high) benignHitHigh++;
  } else {
    injectionTotal++;
    if (any) injectionHit++;
    else missed.push(row);
    if (high) injectionHitHigh++;
    if (row.quality === 'clean') {
      cleanTotal++;
      if (any) cleanHit++;
    }
  }
}

// Timing in CPU time of this process (wall time is unreliable on a busy machine): all rules on
// the first 1 KB of every dev row at least that long, and on every dev row.
const cpuMicros = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
// The caller hands the rules normalised text, so the timing does too. The per-KB figure is the
// best of several batches, the one least disturbed by other work on the machine.
const kbs = rows.filter((r) => r.text.length >= 1024).map((r) => normaliseForDetection(r.text.slice(0, 1024)).text);
for (const kb of kbs) matchInjectionRules(kb);
const rounds = 10;
let perKbMicros = Infinity;
for (let batch = 0; batch < 5; batch++) {
  const start = cpuMicros();
  for (let i = 0; i < rounds; i++) for (const kb of kbs) matchInjectionRules(kb);
  perKbMicros = Math.min(perKbMicros, (cpuMicros() - start) / (rounds * kbs.length));
}
const t0 = cpuMicros();
let chars = 0;
for (let i = 0; i < rounds; i++) {
  for (const row of rows) {
    matchInjectionRules(row.text);
    chars += row.text.length;
  }
}
const perRowMicros = (cpuMicros() - t0) / (rounds * rows.length);
chars /= rounds;

const pct = (n: number, d: number): string => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)} %`);
const failures: string[] = [];

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ perRule: Object.fromEntries(perRule), families: Object.fromEntries(families), benignTotal, benignHit, injectionTotal, injectionHit, perKbMicros, perRowMicros }, null, 2));
} else {
  console.log(`data: ${dataPath} — ${rows.length} rows (${injectionTotal} injection, ${benignTotal} benign), ${injectionRules.length} rules\n`);
  const byFamily = new Map<string, { rules: number; languages: Set<string> }>();
  for (const r of injectionRules) {
    const f = byFamily.get(r.family) ?? { rules: 0, languages: new Set<string>() };
    f.rules++;
    for (const l of r.languages) f.languages.add(l);
    byFamily.set(r.family, f);
  }
  console.log('rules by family: rules, languages');
  for (const [family, f] of byFamily) console.log(`  ${family.padEnd(22)}${String(f.rules).padStart(3)}  ${[...f.languages].sort().join(' ')}`);
  console.log('');
  console.log('rule                                        score  benign  injection');
  for (const r of injectionRules) {
    const c = perRule.get(r.id) ?? { benign: 0, injection: 0 };
    const flag = r.score >= 0.9 && c.benign > 1 ? '  <-- over budget' : '';
    if (flag !== '') failures.push(`${r.id}: ${c.benign} benign hits at score ${r.score}`);
    console.log(`${r.id.padEnd(44)}${r.score.toFixed(2).padStart(5)}  ${String(c.benign).padStart(6)}  ${String(c.injection).padStart(9)}${flag}`);
  }
  console.log('\nfamily (injection: recall; benign: share hit)        rows   any rule   score ≥ 0.9');
  for (const [fam, f] of [...families.entries()].sort()) {
    console.log(`${fam.padEnd(50)}${String(f.total).padStart(6)}  ${pct(f.hit, f.total).padStart(9)}  ${pct(f.hitHigh, f.total).padStart(11)}`);
  }
  console.log(`\nbenign rows hit: ${benignHit} / ${benignTotal} = ${pct(benignHit, benignTotal)} (score ≥ 0.9: ${benignHitHigh})`);
  console.log(`recall: ${injectionHit} / ${injectionTotal} = ${pct(injectionHit, injectionTotal)} (score ≥ 0.9: ${pct(injectionHitHigh, injectionTotal)}); clean rows only: ${pct(cleanHit, cleanTotal)}`);
  console.log(`precision: ${pct(injectionHit, injectionHit + benignHit)}`);
  console.log(`CPU time: ${perKbMicros.toFixed(1)} µs per 1 KB of normalised text (mean over ${kbs.length} texts, best of 5 batches); ${perRowMicros.toFixed(1)} µs per dev row (mean ${Math.round(chars / rows.length)} chars)`);
  if (process.argv.includes('--show-benign')) {
    console.log('\nbenign rows hit:');
    for (const { row, matches } of benignHits) {
      for (const m of matches) console.log(`  ${row.category}  ${m.id} (${m.score})  «${m.excerpt.replace(/\n/g, ' ')}»`);
    }
  }
  const showMissed = argValue('--show-missed');
  if (showMissed !== undefined) {
    console.log(`\nmissed injection rows in ${showMissed}:`);
    for (const row of missed.filter((r) => r.category.startsWith(showMissed))) console.log(`  [${row.category}] ${row.text.slice(0, 200).replace(/\n/g, ' ')}`);
  }
}
if (benignHit > 0.01 * benignTotal) failures.push(`rules hit ${pct(benignHit, benignTotal)} of benign rows (budget 1 %)`);
if (failures.length > 0) {
  console.error(`\nover budget:\n  ${failures.join('\n  ')}`);
  process.exitCode = 1;
}
