import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { TargetAsset } from '../core/scanner.js';
import type { AssetKind } from '../core/target.js';
import { discoverAssets } from '../inventory/index.js';
import type { EngineTargetInput } from '../scanners/index.js';
import type { ResolvedSystem } from './resolve-system.js';

interface DeclaredAsset {
  readonly name: string;
  readonly kind: AssetKind;
  readonly role?: string;
  /** The descriptor entry, passed to scanners as `asset.spec`. */
  readonly spec: Readonly<Record<string, unknown>>;
  /** Path relative to the system folder, `/`-separated, no trailing slash. */
  readonly key: string;
}

function toKey(p: string): string {
  return path.posix.normalize(p.split(path.sep).join('/')).replace(/^\.\/+/, '').replace(/\/+$/, '');
}

/** Join the folder as the user named it with a key, for display. */
export function displayPath(displayDir: string, key: string): string {
  const joined = path.posix.join(displayDir.split(path.sep).join('/'), key);
  return joined.startsWith('./') ? joined.slice(2) : joined;
}

function declaredAssets(system: ResolvedSystem): DeclaredAsset[] {
  const d = system.loaded?.descriptor;
  if (!d) return [];
  const out: DeclaredAsset[] = [];
  for (const m of d.models ?? []) if (m.path) out.push({ name: m.name, kind: 'model', spec: m, key: toKey(m.path) });
  for (const s of d.datasets ?? []) if (s.path) out.push({ name: s.name, kind: 'dataset', role: s.role, spec: s, key: toKey(s.path) });
  for (const l of d.llm ?? []) if (l.systemPromptFile) out.push({ name: `${l.name}-system-prompt`, kind: 'prompt', spec: l, key: toKey(l.systemPromptFile) });
  return out;
}

function assetOf(asset: DeclaredAsset): TargetAsset {
  return { name: asset.name, kind: asset.kind, ...(asset.role ? { role: asset.role } : {}), spec: asset.spec };
}

function owner(declared: readonly DeclaredAsset[], key: string): DeclaredAsset | undefined {
  return declared.find((a) => a.key === key || key.startsWith(`${a.key}/`));
}

/**
 * The files an assessment analyses: every file of a declared model, dataset or prompt (a
 * declared folder counts file by file), plus every other model or dataset file found in the
 * system's folder by content, so undeclared models are analysed too.
 */
export async function collectTargets(system: ResolvedSystem, signal?: AbortSignal): Promise<EngineTargetInput[]> {
  const declared = declaredAssets(system);
  const discovered = await discoverAssets(system.dir, signal ? { signal } : {});
  const byKey = new Map<string, EngineTargetInput>();
  const descriptorKey = system.loaded ? toKey(path.relative(system.dir, system.loaded.file)) : undefined;
  for (const file of discovered) {
    const key = toKey(file.path);
    if (key === descriptorKey) continue;
    const asset = owner(declared, key);
    if (!asset && file.kind !== 'model' && file.kind !== 'dataset') continue;
    byKey.set(key, {
      path: displayPath(system.displayDir, key),
      absPath: file.absPath,
      key,
      ...(asset ? { kind: asset.kind, asset: assetOf(asset) } : {}),
    });
  }
  // Declared files that discovery passed over (hidden, over its limits) are still analysed.
  for (const asset of declared) {
    if (byKey.has(asset.key) || [...byKey.keys()].some((k) => k.startsWith(`${asset.key}/`))) continue;
    const absPath = path.join(system.dir, asset.key);
    const info = await stat(absPath).catch(() => null);
    if (info?.isDirectory()) continue;
    byKey.set(asset.key, {
      path: displayPath(system.displayDir, asset.key),
      absPath,
      key: asset.key,
      kind: asset.kind,
      asset: assetOf(asset),
    });
  }
  return [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
}
