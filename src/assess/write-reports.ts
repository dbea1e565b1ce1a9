import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AisecError } from '../core/errors.js';
import { builtinReporters, type BuiltinFormat, type ReportV1 } from '../report/index.js';

/** Files written, by format id. */
export type WrittenReports = Record<string, string>;

/** The report formats aisec knows, for validation and help. */
export function knownFormats(): BuiltinFormat[] {
  return Object.keys(builtinReporters) as BuiltinFormat[];
}

/** Where each requested format will be written inside `outDir` (terminal goes to summary.txt). */
export function plannedOutputs(outDir: string, formats: readonly BuiltinFormat[]): WrittenReports {
  return Object.fromEntries(formats.map((f) => [f, path.join(outDir, builtinReporters[f].fileName)]));
}

/**
 * Render and write every requested format into `outDir`. Each file is written beside its
 * final name and renamed into place, so a failed run never leaves a half-written report.
 */
export async function writeReports(report: ReportV1, outDir: string, formats: readonly BuiltinFormat[], color = false): Promise<WrittenReports> {
  const outputs = plannedOutputs(outDir, formats);
  try {
    await mkdir(outDir, { recursive: true });
  } catch (cause) {
    throw new AisecError('ERR_REPORT_WRITE', `Cannot create the report folder ${outDir}: ${(cause as Error).message}. Choose another folder with --out.`, { cause });
  }
  for (const format of formats) {
    const file = outputs[format]!;
    const text = builtinReporters[format].render(report, { outputs, color, width: 100 });
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      await writeFile(tmp, text);
      await rename(tmp, file);
    } catch (cause) {
      throw new AisecError('ERR_REPORT_WRITE', `Cannot write ${file}: ${(cause as Error).message}. Check permissions or choose another folder with --out.`, { cause });
    }
  }
  return outputs;
}
