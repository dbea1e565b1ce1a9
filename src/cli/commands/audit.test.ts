import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../test/helpers/cli.js';
import { auditKeysById, checkProof, parseGatewayConfig, proveConsistency, proveInclusion, startGateway } from '../../gateway/index.js';
import { generateKeys, loadPublicKey } from '../../integrity/index.js';

const folder = { root: '', logDir: '', publicKey: '', privateKey: '' };
let n = 0;
const readEntries = (dir: string) => readFileSync(path.join(dir, 'entries.log'), 'utf8').split('\n').slice(0, -1).map((l) => JSON.parse(l.slice(65)) as unknown);

// A log written by a real gateway (the built-in parts, audit on) in front of a small model server.
beforeAll(async () => {
  folder.root = mkdtempSync(path.join(tmpdir(), 'aisec-cli-audit-'));
  folder.logDir = path.join(folder.root, 'log');
  Object.assign(folder, await generateKeys(folder.root, 'ed25519', 'audit'));
  const upstream = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"c1","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"ok"}}]}');
    });
  });
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', () => r()));
  const config = path.join(folder.root, 'gateway.yaml');
  const text = `listen: { port: 0 }
upstreams: [{ name: llm, url: "http://127.0.0.1:${(upstream.address() as AddressInfo).port}/v1" }]
routes: [{ id: chat, kind: openai, upstream: llm }]
audit: { dir: log, signingKey: audit.pem, checkpointEvery: { entries: 4 } }
`;
  writeFileSync(config, text);
  const gw = await startGateway({ loaded: parseGatewayConfig(config, text), log: () => undefined });
  for (let i = 0; i < 14; i++) {
    const res = await fetch(`${gw.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: `q${i}` }] }) });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
  }
  await gw.close(200);
  await new Promise<void>((r) => upstream.close(() => r()));
});
afterAll(() => rmSync(folder.root, { recursive: true, force: true }));
const out = (name: string) => path.join(folder.root, `${name}-${n++}.json`);

describe('aisec audit verify', () => {
  it('exits 0 on an intact log, 1 naming the change, 2 for a missing folder or the wrong half of the key', async () => {
    const ok = await cli('audit', 'verify', folder.logDir, '--public-key', folder.publicKey);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/✓ .*log: 15 entries intact, \d+ tree heads match them, \d+ signatures valid, \d+ consistency proofs hold; the last tree head covers 15/);
    const json = JSON.parse((await cli('audit', 'verify', folder.logDir, '--json')).stdout);
    expect(json).toMatchObject({ ok: true, entries: 15, uncovered: 0 });
    expect(json.notes[0]).toMatch(/signatures were not checked/);

    const copy = path.join(folder.root, `tampered-${n++}`);
    cpSync(folder.logDir, copy, { recursive: true });
    const file = path.join(copy, 'entries.log');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"status":200', '"status":201'));
    const bad = await cli('audit', 'verify', copy, '--public-key', folder.publicKey);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/✗ .*problems/);
    expect(bad.stdout).toMatch(/entries.log entry 1 \(byte \d+\): its content does not match its record hash/);

    const missing = await cli('audit', 'verify', path.join(folder.root, 'nowhere'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/ERR_TARGET_NOT_FOUND/);
    const wrongKey = await cli('audit', 'verify', folder.logDir, '--public-key', folder.privateKey);
    expect(wrongKey.code).toBe(2);
    expect(wrongKey.stderr).toMatch(/it is a private key; pass the public key/);
    expect(wrongKey.stderr).not.toMatch(/BEGIN/);
  });

  it('shows examples in its help', async () => {
    const help = await cli('audit', 'verify', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:\n\s+\$ aisec audit verify/);
  });
});

describe('aisec audit prove / consistency / verify-proof', () => {
  it('proves an entry against the last signed tree head; the proof checks offline and fails when anything in it changes', async () => {
    const file = out('inclusion');
    expect((await cli('audit', 'prove', folder.logDir, '--index', '5', '--out', file)).code).toBe(0);
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    expect(doc).toMatchObject({ format: 'aisec.audit-proof/v1', type: 'inclusion', index: 5, treeSize: 15, entry: readEntries(folder.logDir)[5] });
    expect(doc.treeHead.signature).toEqual(expect.any(String));
    const good = await cli('audit', 'verify-proof', file, '--public-key', folder.publicKey);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/✓ the inclusion proof holds\n.*entry hashes to leaf.*\n.*entry 5 is in the tree of 15 entries.*\n.*signed by key/);

    const changed = (edit: (d: typeof doc) => void) => {
      const copy = structuredClone(doc);
      edit(copy);
      const f = out('changed');
      writeFileSync(f, JSON.stringify(copy));
      return cli('audit', 'verify-proof', f, '--public-key', folder.publicKey);
    };
    const entry = await changed((d) => (d.entry.status = 500));
    expect(entry.code).toBe(1);
    expect(entry.stdout).toMatch(/the entry does not hash to leafHash: it was changed/);
    const path0 = await changed((d) => (d.proof[0] = d.proof[0].replace(/^./, (c: string) => (c === '0' ? '1' : '0'))));
    expect(path0.stdout).toMatch(/the inclusion proof of entry 5 does not lead to the root/);
    const index = await changed((d) => (d.index = 6));
    expect(index.code).toBe(1);
    const head = await changed((d) => (d.treeHead.timestamp += 1));
    expect(head.stdout).toMatch(/the tree head's signature does not verify/);
    const garbage = out('garbage');
    writeFileSync(garbage, '{"format": "aisec.audit-proof/v1", "proof": "lots"');
    expect((await cli('audit', 'verify-proof', garbage)).code).toBe(2);
    writeFileSync(garbage, JSON.stringify({ format: 'aisec.audit-proof/v1', logId: 'x', type: 'inclusion', proof: 'lots' }));
    const shape = await cli('audit', 'verify-proof', garbage);
    expect(shape.code).toBe(1);
    expect(shape.stdout).toMatch(/proof is not a list of at most 64 hashes/);

    const unsigned = await cli('audit', 'verify-proof', file);
    expect(unsigned.code).toBe(0);
    expect(unsigned.stdout).toMatch(/note: the tree head's signature was not checked/);
  });

  it('proves that a later tree head extends an earlier one, and refuses sizes the log does not have', async () => {
    const file = out('consistency');
    // Two signed heads of the log (a head covers every entry on disk once 4 are, so its size can pass a multiple of 4).
    const sizes = readFileSync(path.join(folder.logDir, 'checkpoints.log'), 'utf8').split('\n').slice(0, -1).map((l) => (JSON.parse(l) as { treeSize: number }).treeSize);
    const [a, b] = [sizes[0]!, sizes[2]!];
    expect((await cli('audit', 'consistency', folder.logDir, '--from', String(a), '--to', String(b), '--out', file)).code).toBe(0);
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    expect(doc).toMatchObject({ type: 'consistency', from: { treeSize: a, treeHead: expect.any(Object) }, to: { treeSize: b, treeHead: expect.any(Object) } });
    const ok = await cli('audit', 'verify-proof', file, '--public-key', folder.publicKey, '--json');
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, type: 'consistency', problems: [] });
    doc.from.rootHash = doc.to.rootHash;
    doc.from.treeHead.rootHash = doc.to.rootHash;
    writeFileSync(file, JSON.stringify(doc));
    const bad = await cli('audit', 'verify-proof', file, '--public-key', folder.publicKey);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(`the consistency proof from ${a} to ${b} entries does not verify`);

    const beyond = await cli('audit', 'prove', folder.logDir, '--index', '15');
    expect(beyond.code).toBe(2);
    expect(beyond.stderr).toMatch(/Entry 15 is not in the tree of 15 entries \(the last signed tree head covers entries 0–14/);
    expect((await cli('audit', 'consistency', folder.logDir, '--from', '0')).code).toBe(2);
    expect((await cli('audit', 'prove', folder.logDir, '--index', 'five')).code).toBe(2);
  });

  it('gives proofs that check for every entry and every pair of sizes of the log', async () => {
    const keys = auditKeysById([await loadPublicKey(folder.publicKey)]);
    for (let size = 1; size <= 15; size++) {
      for (let i = 0; i < size; i += 3) expect(checkProof(await proveInclusion(folder.logDir, i, size), keys).problems).toEqual([]);
      for (let from = 1; from <= size; from += 2) {
        const proof = await proveConsistency(folder.logDir, from, size);
        const check = checkProof(proof, keys);
        expect(check.ok).toBe(true);
        expect(check.notes.every((note) => /no tree head/.test(note))).toBe(true);
      }
    }
  });
});
