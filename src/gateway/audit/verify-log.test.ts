import { generateKeyPairSync } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLeafHasher, keyHint, loadPublicKey, signBytes } from '../../integrity/index.js';
import { canonicalJson } from '../../store/index.js';
import { readLogLines } from './read-lines.js';
import { auditFolder, chat, readEntries, startAuditGateway, type AuditFolder } from './test-support/audit-gateway.js';
import { treeHeadMessage, type Checkpoint } from './tree-head.js';
import { verifyAuditLog, type AuditVerification } from './verify-log.js';

let folder: AuditFolder;
let publicKey: Awaited<ReturnType<typeof loadPublicKey>>;
let copies = 0;
/** The tree sizes of the first tree heads. The gateway writes a head once 4 entries are on disk, covering every entry written by then: under load a batch can carry it past a multiple of 4, so the tests read the sizes from the log instead of assuming them. */
let s0 = 0, s1 = 0, s2 = 0, s3 = 0;

// One real log: 32 requests through a real gateway, a signed tree head every 4 entries.
beforeAll(async () => {
  folder = await auditFolder();
  const g = await startAuditGateway(folder, { audit: 'dir: log, signingKey: keys/audit.pem, checkpointEvery: { entries: 4, seconds: 86400 }' }); // no time-based head on a slow machine
  for (let i = 0; i < 32; i++) expect((await chat(g.gw.url, `message ${i}`, i % 5 === 0 ? { stream: true } : {})).status).toBe(200);
  await g.close();
  publicKey = await loadPublicKey(folder.publicKey);
  [s0, s1, s2, s3] = heads(folder.logDir).map((h) => h.treeSize) as [number, number, number, number];
  expect(s0).toBeGreaterThanOrEqual(4);
  expect(s0 < s1 && s1 < s2 && s2 < s3).toBe(true);
});
afterAll(() => folder.cleanup());

/** A copy of the log to tamper with. */
function copy(): string {
  const dir = path.join(folder.root, `copy-${copies++}`);
  cpSync(folder.logDir, dir, { recursive: true });
  return dir;
}
const file = (dir: string, name: string) => path.join(dir, name);
const lines = (dir: string, name: string) => readFileSync(file(dir, name), 'utf8').split('\n').slice(0, -1);
const writeLines = (dir: string, name: string, list: string[]) => writeFileSync(file(dir, name), list.map((l) => `${l}\n`).join(''));
const offsetOf = (dir: string, entry: number) => lines(dir, 'entries.log').slice(0, entry).reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
const verify = (dir: string, keys = [publicKey]): Promise<AuditVerification> => verifyAuditLog(dir, { publicKeys: keys });
const messages = (r: AuditVerification) => r.problems.map((p) => p.message);
const heads = (dir: string) => lines(dir, 'checkpoints.log').map((l) => JSON.parse(l) as Checkpoint);
/** A record line with its hash recomputed, as someone who knows the format would write it. */
const rehashed = (entry: Record<string, unknown>) => {
  const json = canonicalJson(entry);
  return `${createLeafHasher().update(json).digest('hex')} ${json}`;
};

describe('aisec audit verify on a log written by a real gateway', () => {
  it('finds an untouched log intact: every head matches, is signed and extends the one before', async () => {
    const r = await verify(folder.logDir);
    const count = readEntries(folder.logDir).length;
    expect(r).toMatchObject({ ok: true, entries: count, uncovered: 0, problems: [], notes: [] });
    expect(r.checkpoints).toBeGreaterThanOrEqual(4); // the four the tests below tamper with; under load a head can cover more than 4 new entries
    expect(r.signatures.valid).toBe(r.checkpoints);
    expect(r.consistencyChecked).toBe(r.checkpoints - 1);
  });

  it('names an entry changed by one byte, and the first tree head it breaks', async () => {
    const dir = copy();
    const list = lines(dir, 'entries.log');
    const e = s1 - 1;
    list[e] = list[e]!.replace('"decision":"allowed"', '"decision":"allowes"');
    writeLines(dir, 'entries.log', list);
    const r = await verify(dir);
    expect(r.ok).toBe(false);
    expect(messages(r)[0]).toBe(`entries.log entry ${e} (byte ${offsetOf(dir, e)}): its content does not match its record hash: it was changed after it was written`);
    expect(messages(r)[1]).toContain(`checkpoints.log line 2 (tree size ${s1}): its root hash does not match entries 0–${s1 - 1} as they are now: an entry after entry ${s0 - 1} (the last one covered by a matching checkpoint, line 1) was changed`);
  });

  it('names the tree head an entry changed with its record hash recomputed breaks', async () => {
    const dir = copy();
    const list = lines(dir, 'entries.log');
    const e = s2 - 1;
    const entry = JSON.parse(list[e]!.slice(65)) as Record<string, unknown>;
    list[e] = rehashed({ ...entry, status: 204 });
    writeLines(dir, 'entries.log', list);
    const r = await verify(dir);
    expect(messages(r)).toHaveLength(r.checkpoints - 2); // every head from the third on
    expect(messages(r)[0]).toContain(`checkpoints.log line 3 (tree size ${s2}): its root hash does not match entries 0–${s2 - 1} as they are now: an entry after entry ${s1 - 1} `);
  });

  it('names a deleted entry and two swapped entries', async () => {
    const dir = copy();
    const list = lines(dir, 'entries.log');
    list.splice(s0, 1);
    writeLines(dir, 'entries.log', list);
    const deleted = await verify(dir);
    expect(messages(deleted)[0]).toBe(`entries.log entry ${s0} (byte ${offsetOf(dir, s0)}): its seq is ${s0 + 1} where ${s0} was expected: entry ${s0} is missing (removed), or entries were reordered`);
    expect(messages(deleted).some((m) => m.includes(`line 2 (tree size ${s1}): its root hash does not match`))).toBe(true);

    // Two entries right after a tree head, so that no head falls between them (heads are at
    // least 4 entries apart) and the two seq problems come before the broken head's.
    const swapped = copy();
    const all = lines(swapped, 'entries.log');
    const a = s1;
    [all[a], all[a + 1]] = [all[a + 1]!, all[a]!];
    writeLines(swapped, 'entries.log', all);
    const r = await verify(swapped);
    expect(messages(r).slice(0, 2)).toEqual([
      `entries.log entry ${a} (byte ${offsetOf(swapped, a)}): its seq is ${a + 1} where ${a} was expected: entry ${a} is missing (removed), or entries were reordered`,
      `entries.log entry ${a + 1} (byte ${offsetOf(swapped, a + 1)}): its seq is ${a} where ${a + 2} was expected: entry ${a} appears again or out of order (entries were duplicated or reordered)`,
    ]);
    expect(messages(r).some((m) => m.includes(`line 3 (tree size ${s2}): its root hash does not match`))).toBe(true);
  });

  it('names a record cut short and the tree heads that cover what is gone', async () => {
    const dir = copy();
    const t = s3 - 1;
    const at = offsetOf(dir, t) + 30;
    truncateSync(file(dir, 'entries.log'), at);
    const r = await verify(dir);
    expect(messages(r)[0]).toBe(`entries.log entry ${t} (byte ${offsetOf(dir, t)}): the last record is incomplete (30 bytes without a line end): a write was cut short, e.g. by a crash; the gateway removes it when it next starts`);
    expect(messages(r)[1]).toBe(`checkpoints.log line 4 (tree size ${s3}): it covers ${s3} entries, but entries.log holds only ${t}: entries ${t}–${s3 - 1} were removed`);
  });

  it('names a tree head whose root was replaced, whose signature was forged, or that was removed or moved', async () => {
    const replaced = copy();
    const cps = lines(replaced, 'checkpoints.log');
    const second = JSON.parse(cps[1]!) as Checkpoint;
    cps[1] = canonicalJson({ ...second, rootHash: (JSON.parse(cps[2]!) as Checkpoint).rootHash });
    writeLines(replaced, 'checkpoints.log', cps);
    const r1 = await verify(replaced);
    expect(messages(r1)[0]).toBe(`checkpoints.log line 2 (tree size ${s1}): its signature does not verify with key ${second.keyId!.slice(0, 16)}…: the tree head was changed or forged`);
    expect(messages(r1)).toContain(`checkpoints.log line 3 (tree size ${s2}): it follows a tree head of size ${s1} that is not before it in checkpoints.log (the line before it is a tree head of size ${s1}): a tree head was removed`);
    expect(messages(r1).some((m) => m.includes(`line 2 (tree size ${s1}): its root hash does not match entries 0–${s1 - 1}`))).toBe(true);

    // Signed with another key: under its own key id, or under the log's.
    const other = generateKeyPairSync('ed25519').privateKey;
    const forged = copy();
    const f = lines(forged, 'checkpoints.log');
    const head = JSON.parse(f[1]!) as Checkpoint;
    const signature = signBytes(other, treeHeadMessage({ ...head, timestamp: head.timestamp + 1 })).toString('base64');
    f[1] = canonicalJson({ ...head, timestamp: head.timestamp + 1, signature, keyId: keyHint(other) });
    writeLines(forged, 'checkpoints.log', f);
    expect(messages(await verify(forged))[0]).toBe(`checkpoints.log line 2 (tree size ${s1}): it is signed by key ${keyHint(other).slice(0, 16)}…, which is not among the public keys given`);
    f[1] = canonicalJson({ ...head, timestamp: head.timestamp + 1, signature });
    writeLines(forged, 'checkpoints.log', f);
    expect(messages(await verify(forged))[0]).toContain(`checkpoints.log line 2 (tree size ${s1}): its signature does not verify with key`);

    const dropped = copy();
    const d = lines(dropped, 'checkpoints.log');
    d.splice(1, 1);
    writeLines(dropped, 'checkpoints.log', d);
    expect(messages(await verify(dropped))).toEqual([`checkpoints.log line 2 (tree size ${s2}): it follows a tree head of size ${s1} that is not before it in checkpoints.log (the line before it is a tree head of size ${s0}): a tree head was removed`]);

    const moved = copy();
    const m = lines(moved, 'checkpoints.log');
    [m[1], m[2]] = [m[2]!, m[1]!];
    writeLines(moved, 'checkpoints.log', m);
    expect(messages(await verify(moved))).toContain(`checkpoints.log line 3 (tree size ${s1}): it comes after a checkpoint of tree size ${s2}: checkpoints were reordered or one was copied in`);
  });

  it('names a tree head copied in from another log', async () => {
    const dir = copy();
    const cps = lines(dir, 'checkpoints.log');
    cps.push(canonicalJson({ ...(JSON.parse(cps.at(-1)!) as Checkpoint), logId: 'another-log' }));
    writeLines(dir, 'checkpoints.log', cps);
    expect(messages(await verify(dir))).toEqual([`checkpoints.log line ${cps.length} (tree size ${heads(folder.logDir).at(-1)!.treeSize}): it is a tree head of log another-log, not of this log (${(JSON.parse(cps[0]!) as Checkpoint).logId}): it was copied in from another log`]);
  });

  it('does not pass off a log rewritten wholesale under another key, and says when signatures were not checked', async () => {
    const unchecked = await verifyAuditLog(folder.logDir);
    expect(unchecked.ok).toBe(true);
    expect(unchecked.notes).toEqual([`${unchecked.checkpoints} tree head signatures were not checked: pass the log's public key to check them.`]);
    const stranger = generateKeyPairSync('ed25519').publicKey;
    const r = await verify(folder.logDir, [stranger]);
    expect(r.ok).toBe(false);
    expect(r.signatures.unknownKey).toBe(r.checkpoints);
  });
});

describe('aisec audit verify on hostile files', () => {
  it('reports garbage, an oversized line and broken checkpoint lines with their place, and lists a bounded number of problems', async () => {
    const dir = copy();
    const garbage = Buffer.alloc(64 * 1024);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919) % 251 === 10 ? 11 : (i * 7919) % 251;
    for (let i = 500; i < garbage.length; i += 500) garbage[i] = 0x0a;
    writeFileSync(file(dir, 'entries.log'), garbage);
    writeFileSync(file(dir, 'checkpoints.log'), `not json\n{"treeSize":"many"}\n${'x'.repeat(70 * 1024)}\n[1,2]\n`);
    const r = await verifyAuditLog(dir, { publicKeys: [publicKey], maxProblems: 10 });
    expect(r.ok).toBe(false);
    expect(r.problems).toHaveLength(10);
    expect(r.moreProblems).toBeGreaterThan(100);
    expect(messages(r).slice(0, 4)).toEqual([
      'checkpoints.log line 1: it is not a checkpoint: it is not valid JSON',
      'checkpoints.log line 2: it is not a checkpoint: logId is not a log id',
      `checkpoints.log line 3: it is ${70 * 1024} bytes, longer than any checkpoint (65536)`,
      'checkpoints.log line 4: it is not a checkpoint: it is not a JSON object',
    ]);
    expect(messages(r)[4]).toBe('entries.log entry 0 (byte 0): it is not an audit record (a record is 64 hex digits of its hash, a space and the entry JSON)');
  });

  it('skips a line larger than any record without holding it, and names it', async () => {
    const dir = copy();
    const size = readFileSync(file(dir, 'entries.log')).length;
    truncateSync(file(dir, 'entries.log'), size + 40 * 1024 * 1024); // 40 MiB of zero bytes, no line end
    const r = await verify(dir);
    expect(messages(r)).toEqual([`entries.log entry ${readEntries(folder.logDir).length} (byte ${size}): a line of ${40 * 1024 * 1024} bytes, longer than any record (16777216): it is not an audit record`]);
    const seen = [];
    for await (const line of readLogLines(file(dir, 'entries.log'), { start: size, maxLineBytes: 1024 })) seen.push(line);
    expect(seen).toEqual([{ kind: 'too-long', offset: size, length: 40 * 1024 * 1024, complete: false }]);
  });

  it('refuses what is not an audit log folder, and names a damaged identity file', async () => {
    await expect(verifyAuditLog(path.join(folder.root, 'nowhere'))).rejects.toMatchObject({ code: 'ERR_TARGET_NOT_FOUND' });
    const empty = path.join(folder.root, `empty-${copies++}`);
    mkdirSync(empty);
    await expect(verifyAuditLog(empty)).rejects.toMatchObject({ code: 'ERR_AUDIT_LOG', message: expect.stringMatching(/holds no audit log/) });
    const dir = copy();
    writeFileSync(file(dir, 'log.json'), '{"format": 1');
    const r = await verify(dir);
    expect(messages(r)).toEqual([`${file(dir, 'log.json')} is not valid JSON: it was damaged or replaced.`]);
    rmSync(file(dir, 'checkpoints.log'));
    expect(messages(await verify(dir))).toContain('checkpoints.log is missing: the signed tree heads were removed.');
  });
});
