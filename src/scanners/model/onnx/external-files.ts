import { lstat, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative } from 'node:path';
import type { FindingInput } from '../../../core/finding.js';
import type { ExternalRef } from './external-data.js';
import { onnxFinding } from './rules.js';

/** External data files checked on disk at most, per model. */
export const MAX_EXTERNAL_FILES = 10_000;

/**
 * Check on disk the external data files a model on disk refers to: missing files, links that
 * lead out of the model folder (symbolic, CVE-2026-27489; hard, CVE-2026-34446), files that
 * are not regular, and ranges past the end. Only for a model that is a file, not an archive member.
 */
export async function checkExternalFiles(modelAbsPath: string, refs: readonly ExternalRef[]): Promise<{ findings: FindingInput[]; skipped: number }> {
  const dir = dirname(modelAbsPath);
  const realDir = await realpath(dir);
  const findings: FindingInput[] = [];
  for (const ref of refs.slice(0, MAX_EXTERNAL_FILES)) {
    const found = await checkOne(join(dir, ref.location), realDir, ref);
    if (found) findings.push(found);
  }
  return { findings, skipped: Math.max(0, refs.length - MAX_EXTERNAL_FILES) };
}

async function checkOne(path: string, realDir: string, ref: ExternalRef): Promise<FindingInput | undefined> {
  const at = { key: ref.location, offset: ref.offset };
  const evidence = { location: ref.location, tensors: ref.tensors };
  try {
    await lstat(path);
  } catch {
    return onnxFinding('external-data-missing', `The external data file ${JSON.stringify(ref.location)} (for ${ref.tensors.slice(0, 3).join(', ')}) is not next to the model.`, { ...at, evidence });
  }
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    return onnxFinding('external-data-invalid', `The external data path ${JSON.stringify(ref.location)} is a dangling link.`, { ...at, evidence });
  }
  const rel = relative(realDir, real);
  if (rel.startsWith('..') || isAbsolute(rel)) {
    return onnxFinding('external-data-traversal', `The external data path ${JSON.stringify(ref.location)} is a link that leads to ${real}, outside the model folder.`, { ...at, evidence: { ...evidence, resolved: real, problem: 'link out of the folder' } });
  }
  const info = await stat(real);
  if (!info.isFile()) {
    return onnxFinding('external-data-invalid', `The external data path ${JSON.stringify(ref.location)} is not a regular file.`, { ...at, evidence });
  }
  if (info.nlink > 1) {
    return onnxFinding('external-data-hardlink', `The external data file ${JSON.stringify(ref.location)} has ${info.nlink} hard links: its content may be a file from elsewhere.`, { ...at, evidence: { ...evidence, links: info.nlink } });
  }
  if (ref.end > BigInt(info.size)) {
    return onnxFinding('external-data-out-of-bounds', `Tensors read up to byte ${ref.end} of ${JSON.stringify(ref.location)}, which has ${info.size} bytes.`, { ...at, evidence: { ...evidence, end: ref.end.toString(), size: info.size } });
  }
  return undefined;
}
