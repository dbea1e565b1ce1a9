import { readFile, stat } from 'node:fs/promises';
import type { Command } from 'commander';
import pc from 'picocolors';
import { AisecError, ExitCode } from '../../core/errors.js';
import { auditKeysById, checkProof, proveConsistency, proveInclusion, verifyAuditLog, type AuditVerification } from '../../gateway/index.js';
import { loadPublicKey, writeFileAtomic } from '../../integrity/index.js';
import type { CliContext } from '../context.js';
import { colorEnabled } from '../options.js';
import { collect, type Colors } from './integrity-render.js';

/** Largest proof file read (an entry with recorded content can be several MiB). */
const maxProofBytes = 64 * 1024 * 1024;

function count(flag: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min) throw new AisecError('ERR_USAGE', `${flag} takes a whole number ≥ ${min}, not "${value}".`);
  return n;
}

function report(r: AuditVerification, c: Colors): string {
  const lines: string[] = [];
  const s = r.signatures;
  if (r.ok) {
    const last = r.lastCheckpoint ? `the last tree head covers ${r.lastCheckpoint.treeSize} (${new Date(r.lastCheckpoint.timestamp).toISOString()})` : 'no tree head yet';
    const signed = s.valid > 0 ? `, ${s.valid} signatures valid` : '';
    lines.push(`${c.green('✓')} ${r.dir}: ${r.entries} entries intact, ${r.checkpoints} tree heads match them${signed}, ${r.consistencyChecked} consistency proofs hold; ${last}`);
    if (r.uncovered > 0) lines.push(c.dim(`  ${r.uncovered} entries after the last tree head are protected by their record hashes only until the next one`));
  } else {
    const total = r.problems.length + r.moreProblems;
    lines.push(`${c.red('✗')} ${r.dir}: ${total} ${total === 1 ? 'problem' : 'problems'} (${r.entries} entries, ${r.checkpoints} tree heads read)`);
    for (const p of r.problems) lines.push(`  ${p.message}`);
    if (r.moreProblems > 0) lines.push(`  … and ${r.moreProblems} more`);
  }
  for (const note of r.notes) lines.push(c.yellow(`  note: ${note}`));
  return `${lines.join('\n')}\n`;
}

async function keysFrom(files: readonly string[]) {
  return auditKeysById(await Promise.all(files.map((f) => loadPublicKey(f))));
}

async function emit(doc: unknown, out: string | undefined, quiet: boolean, what: string): Promise<void> {
  const text = `${JSON.stringify(doc, null, 2)}\n`;
  if (out === undefined) {
    process.stdout.write(text);
    return;
  }
  await writeFileAtomic(out, text);
  if (!quiet) process.stderr.write(`wrote ${what} to ${out}\n`);
}

/** `aisec audit …`: verify the gateway's audit log and give and check proofs. */
export function registerAudit(program: Command, ctx: CliContext): void {
  const audit = program
    .command('audit')
    .summary('verify the gateway audit log; inclusion and consistency proofs')
    .description('The gateway appends every request and event to a Merkle tree log with signed tree heads (audit: in gateway.yaml; docs/gateway/audit-log.md). These commands check it and give proofs anyone can check offline.')
    .addHelpText('after', `
Examples:
  $ aisec audit verify audit --public-key keys/audit.pub.pem
  $ aisec audit prove audit --index 1234 --out entry-1234.proof.json
  $ aisec audit consistency audit --from 1000 --to 2000
  $ aisec audit verify-proof entry-1234.proof.json --public-key keys/audit.pub.pem`);

  audit
    .command('verify')
    .summary('check the whole log: entries, tree heads, signatures, consistency')
    .description(
      'Read the log folder once: every record\'s framing and hash, entries numbered without gaps or repeats, every tree head\'s root recomputed from the entries and its signature checked, and a consistency proof between each two successive tree heads. Each problem names the file, the entry or line and the byte. Exit 0 when intact, 1 when anything was changed, removed, reordered, cut short or forged, 2 for usage errors (no such folder, an unreadable key).',
    )
    .argument('<dir>', 'the audit log folder (audit.dir of the gateway configuration)')
    .option('-p, --public-key <file>', 'PEM public key the tree heads must be signed with (repeatable, for rotated keys)', collect, [])
    .option('--max-problems <n>', 'most problems listed', '100')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', `
Examples:
  $ aisec audit verify /var/lib/aisec/audit --public-key keys/audit.pub.pem
  $ aisec audit verify audit --json | jq '.problems[0]'

Without --public-key the signatures are not checked (a note says so): anyone who can write
the folder could then rewrite the whole log consistently.`)
    .action(async (dir: string, flags: { publicKey: string[]; maxProblems: string; json?: boolean }) => {
      const maxProblems = count('--max-problems', flags.maxProblems, 1)!;
      const publicKeys = await Promise.all(flags.publicKey.map((f) => loadPublicKey(f)));
      const result = await verifyAuditLog(dir, { publicKeys, maxProblems, signal: ctx.signal });
      if (flags.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else if (!ctx.quiet || !result.ok) process.stdout.write(report(result, pc.createColors(colorEnabled(process.stdout))));
      ctx.setExitCode(result.ok ? ExitCode.ok : ExitCode.findings);
    });

  audit
    .command('prove')
    .summary('print the inclusion proof of one entry')
    .description('Print (or write) a JSON document proving entry N is in the tree of M entries: the entry, its leaf hash, the audit path and the signed tree head of that size. Check it with `aisec audit verify-proof`, anywhere, with the public key only.')
    .argument('<dir>', 'the audit log folder')
    .requiredOption('-i, --index <n>', 'the entry (its seq, from 0)')
    .option('-t, --tree-size <m>', 'the tree size to prove against (default: the last signed tree head)')
    .option('-o, --out <file>', 'write the proof here instead of printing it')
    .addHelpText('after', `
Examples:
  $ aisec audit prove audit --index 41
  $ aisec audit prove audit --index 41 --tree-size 1000 --out entry-41.proof.json`)
    .action(async (dir: string, flags: { index: string; treeSize?: string; out?: string }) => {
      const doc = await proveInclusion(dir, count('--index', flags.index, 0)!, count('--tree-size', flags.treeSize, 1));
      await emit(doc, flags.out, ctx.quiet, `the inclusion proof of entry ${doc.index} in the tree of ${doc.treeSize}`);
    });

  audit
    .command('consistency')
    .summary('print the consistency proof between two tree sizes')
    .description('Print (or write) a JSON document proving the tree of N entries extends the tree of M entries (nothing in the first M was changed, removed or reordered), with the signed tree heads of both sizes where they exist. Check it with `aisec audit verify-proof`.')
    .argument('<dir>', 'the audit log folder')
    .requiredOption('-f, --from <m>', 'the earlier tree size')
    .option('-t, --to <n>', 'the later tree size (default: the last signed tree head)')
    .option('-o, --out <file>', 'write the proof here instead of printing it')
    .addHelpText('after', `
Examples:
  $ aisec audit consistency audit --from 1000
  $ aisec audit consistency audit --from 1000 --to 5000 --out 1000-5000.proof.json`)
    .action(async (dir: string, flags: { from: string; to?: string; out?: string }) => {
      const doc = await proveConsistency(dir, count('--from', flags.from, 1)!, count('--to', flags.to, 1));
      await emit(doc, flags.out, ctx.quiet, `the consistency proof from ${doc.from.treeSize} to ${doc.to.treeSize} entries`);
    });

  audit
    .command('verify-proof')
    .summary('check an inclusion or consistency proof offline')
    .description('Check a proof document from `aisec audit prove` or `aisec audit consistency` without the log: the proof against the tree head\'s root, the entry against its leaf hash, and the tree heads\' signatures with --public-key. Exit 0 when it holds, 1 when it does not, 2 for an unreadable file or key.')
    .argument('<file>', 'the proof document (JSON); - reads stdin')
    .option('-p, --public-key <file>', 'PEM public key the tree heads must be signed with (repeatable)', collect, [])
    .option('--json', 'print the result as JSON')
    .addHelpText('after', `
Examples:
  $ aisec audit verify-proof entry-41.proof.json --public-key keys/audit.pub.pem
  $ aisec audit prove audit --index 41 | aisec audit verify-proof - --public-key keys/audit.pub.pem`)
    .action(async (file: string, flags: { publicKey: string[]; json?: boolean }) => {
      const keys = await keysFrom(flags.publicKey);
      const text = await readProofText(file);
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch {
        throw new AisecError('ERR_USAGE', `${file === '-' ? 'stdin' : file} is not JSON: pass a proof written by aisec audit prove or aisec audit consistency.`);
      }
      const result = checkProof(doc, keys);
      if (flags.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else if (!ctx.quiet || !result.ok) {
        const c = pc.createColors(colorEnabled(process.stdout));
        const lines = [result.ok ? `${c.green('✓')} the ${result.type} proof holds` : `${c.red('✗')} the ${result.type === 'unknown' ? '' : `${result.type} `}proof does not hold`];
        for (const p of result.problems) lines.push(`  ${c.red('✗')} ${p}`);
        for (const k of result.checked) lines.push(`  ${c.green('✓')} ${k}`);
        for (const n of result.notes) lines.push(c.yellow(`  note: ${n}`));
        process.stdout.write(`${lines.join('\n')}\n`);
      }
      ctx.setExitCode(result.ok ? ExitCode.ok : ExitCode.findings);
    });
}

async function readProofText(file: string): Promise<string> {
  if (file === '-') {
    if (process.stdin.isTTY) throw new AisecError('ERR_USAGE', 'Pipe the proof document in (or pass its file name) to read it from stdin.');
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxProofBytes) throw new AisecError('ERR_USAGE', `stdin holds more than ${maxProofBytes} bytes: not an audit proof.`);
      chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
  }
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new AisecError('ERR_TARGET_NOT_FOUND', `${file} does not exist: pass the proof document written by aisec audit prove or aisec audit consistency.`, { details: { path: file } });
  if (info.size > maxProofBytes) throw new AisecError('ERR_USAGE', `${file} is ${info.size} bytes, larger than any audit proof (${maxProofBytes}).`);
  return readFile(file, 'utf8');
}
