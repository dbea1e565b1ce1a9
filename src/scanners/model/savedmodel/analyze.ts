import type { FindingInput } from '../../../core/finding.js';
import type { ScanResult } from '../../../core/scanner.js';
import { kerasConfigFindings, parseKerasJson } from '../_shared/keras-config-rules.js';
import { createWireBudget, WireError } from '../_shared/protobuf-wire.js';
import type { ByteSource } from '../_shared/protobuf-wire-source.js';
import { RISKY_OPS } from './ops.js';
import type { TfFileKind } from './sniff.js';
import { savedModelFinding, type SavedModelRule } from './rules.js';
import { walkSavedModel, type SavedModelContent, type TfNode } from './walk.js';

/** A path that leaves wherever the loader would put it: absolute, `..`, a URL, a home folder. */
export function unsafePath(path: string): boolean {
  return /^([/\\~]|[A-Za-z]:|[A-Za-z][A-Za-z0-9+.-]+:)/.test(path) || path.split(/[\\/]/).includes('..');
}

const LISTED = 20;

/** Inputs that carry file names, for ops where it is not input 0. */
const FILENAME_INPUTS: Readonly<Record<string, readonly number[]>> = {
  MergeV2Checkpoints: [0, 1],
  InitializeTableFromTextFile: [1],
  InitializeTableFromTextFileV2: [1],
};

/**
 * Check a SavedModel (`saved_model.pb`), a frozen GraphDef or a `keras_metadata.pb` (by
 * `kind`), read through `src`: risky ops in every graph and
 * function, fixed checkpoint paths, debug URLs, asset names, and Keras metadata in the object
 * graph (Lambda layers and the other Keras rules). Never throws.
 */
export function analyzeSavedModel(src: ByteSource, kind: TfFileKind = 'savedmodel'): ScanResult {
  let content: SavedModelContent;
  try {
    content = walkSavedModel(src, createWireBudget(), kind);
  } catch (error) {
    if (!(error instanceof WireError)) throw error;
    const findings = error.kind === 'malformed' ? [savedModelFinding('savedmodel-malformed', `The protobuf data is malformed at byte ${error.offset}: ${error.message}.`, { offset: error.offset, key: 'malformed' })] : [];
    return { findings, status: 'incomplete', message: `${error.kind === 'limit' ? 'limit reached' : 'malformed'}: ${error.message}` };
  }
  if (content.metaGraphs === 0) return { findings: [], status: 'incomplete', message: 'no MetaGraphDef found: not a SavedModel' };
  const findings: FindingInput[] = [...opFindings(content.nodes)];
  for (const asset of content.assets) {
    if (unsafePath(asset.filename)) {
      findings.push(savedModelFinding('asset-path-traversal', `Asset file name ${JSON.stringify(asset.filename.slice(0, 200))} points outside assets/.`, { key: asset.filename, offset: asset.offset, evidence: { filename: asset.filename } }));
    }
  }
  const incomplete: string[] = [];
  for (const meta of content.kerasMetadata) {
    const parsed = parseKerasJson(meta.json);
    if (!parsed.ok) continue; // metadata of non-Keras objects need not be JSON
    const result = kerasConfigFindings(parsed.value, { source: 'savedmodel', where: `object metadata ${meta.identifier}` });
    findings.push(...result.findings.map((f) => ({ ...f, location: { offset: meta.offset } })));
    if (result.incomplete) incomplete.push(result.incomplete);
  }
  return incomplete.length > 0 ? { findings, status: 'incomplete', message: incomplete.join('; ') } : { findings, status: 'complete' };
}

/** One finding per rule and op, naming the first nodes and the paths they use. */
function opFindings(nodes: readonly TfNode[]): FindingInput[] {
  const consts = new Map<string, string>();
  for (const n of nodes) if (n.constString !== undefined) consts.set(`${n.scope}\u0000${n.name}`, n.constString);
  // The constant fed to the op's filename input(s); other string inputs (tensor names) are not paths.
  const pathOf = (n: TfNode) =>
    (FILENAME_INPUTS[n.op] ?? [0]).map((k) => (n.inputs[k] === undefined ? undefined : consts.get(`${n.scope}\u0000${n.inputs[k]}`))).find((v) => v !== undefined);
  const groups = new Map<string, { rule: SavedModelRule; op: string; nodes: string[]; paths: string[]; count: number; offset: number }>();
  const add = (rule: SavedModelRule, n: TfNode, path?: string) => {
    const key = `${rule}:${n.op}`;
    const g = groups.get(key) ?? { rule, op: n.op, nodes: [], paths: [], count: 0, offset: n.offset };
    if (g.nodes.length < LISTED) g.nodes.push(`${n.scope}/${n.name}`);
    if (path !== undefined && g.paths.length < LISTED && !g.paths.includes(path)) g.paths.push(path);
    g.count++;
    groups.set(key, g);
  };
  for (const n of nodes) {
    const risk = RISKY_OPS.get(n.op);
    const path = pathOf(n);
    if (risk === 'python') add('python-op', n);
    else if (risk === 'file-read') add('file-read-op', n, path ?? n.stringAttrs.get('memory_region_name')?.[0]);
    else if (risk === 'file-write') add('file-write-op', n, path);
    else if (risk === 'summary-writer') add('summary-writer-op', n, path);
    else if (risk === 'checkpoint' && path !== undefined) add('checkpoint-fixed-path', n, path);
    else if (risk === 'file-reader-dataset') {
      // Vocabulary tables read from assets/ are normal; a fixed path outside is not.
      if (path !== undefined && unsafePath(path)) add('file-read-op', n, path);
      else if (!n.op.startsWith('InitializeTableFromTextFile')) add('file-reader-op', n, path);
    } else if (risk === 'debug') {
      const urls = n.stringAttrs.get('debug_urls') ?? [];
      if (urls.some((u) => /^[a-z]+:\/\//i.test(u))) add('debug-op-url', n, urls[0]);
    } else if (n.op === 'PrintV2' && n.stringAttrs.get('output_stream')?.some((s) => s.startsWith('file://'))) {
      add('file-write-op', n, n.stringAttrs.get('output_stream')?.[0]);
    }
  }
  return [...groups.values()].map((g) =>
    savedModelFinding(g.rule, `${g.count} ${g.op} node${g.count > 1 ? 's' : ''} (${g.nodes.slice(0, 3).join(', ')})${g.paths.length ? ` with ${g.paths.slice(0, 3).map((p) => JSON.stringify(p.slice(0, 200))).join(', ')}` : ''}.`, {
      key: `${g.rule}:${g.op}`,
      offset: g.offset,
      evidence: { op: g.op, nodes: g.nodes, count: g.count, ...(g.paths.length ? { paths: g.paths } : {}) },
    }),
  );
}
