import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AisecError, isAisecError } from '../core/errors.js';
import { builtinReporters, type BuiltinFormat, type ReportV1 } from '../report/index.js';
import { writePdf, type WritePdfOptions } from './write-pdf.js';

/** Files written, by format id. */
export type WrittenReports = Record<string, string>;

/**
 * A report format of `--format`: a built-in reporter (a pure renderer), or `pdf`, the html
 * report printed by headless Chromium ({@link writePdf}).
 */
export type ReportFormat = BuiltinFormat | 'pdf';

/** The PDF's file name inside `--out`. */
export const pdfFileName = 'report.pdf';

/** The report formats aisec knows, for validation and help. */
export function knownFormats(): ReportFormat[] {
  return [...(Object.keys(builtinReporters) as BuiltinFormat[]), 'pdf'];
}

/** Where each requested format will be written inside `outDir` (terminal goes to summary.txt). */
export function plannedOutputs(outDir: string, formats: readonly ReportFormat[]): WrittenReports {
  return Object.fromEntries(formats.map((f) => [f, path.join(outDir, f === 'pdf' ? pdfFileName : builtinReporters[f].fileName)]));
}

/** Options of {@link writeReports}. */
export interface WriteReportsOptions {
  readonly color?: boolean;
  /** How the PDF is printed (browser path, timeout). */
  readonly pdf?: WritePdfOptions;
}

/**
 * Render and write every requested format into `outDir`. Each file is written beside its
 * final name and renamed into place, so a failed run never leaves a half-written report. The
 * PDF comes last: when it cannot be printed (no Chromium), the other formats are written
 * already and the error says so.
 */
export async function writeReports(report: ReportV1, outDir: string, formats: readonly ReportFormat[], options: WriteReportsOptions = {}): Promise<WrittenReports> {
  const outputs = plannedOutputs(outDir, formats);
  try {
    await mkdir(outDir, { recursive: true });
  } catch (cause) {
    throw new AisecError('ERR_REPORT_WRITE', `Cannot create the report folder ${outDir}: ${(cause as Error).message}. Choose another folder with --out.`, { cause });
  }
  const written: string[] = [];
  for (const format of formats) {
    if (format === 'pdf') continue;
    const file = outputs[format]!;
    const text = builtinReporters[format].render(report, { outputs, color: options.color ?? false, width: 100 });
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      await writeFile(tmp, text);
      await rename(tmp, file);
    } catch (cause) {
      throw new AisecError('ERR_REPORT_WRITE', `Cannot write ${file}: ${(cause as Error).message}. Check permissions or choose another folder with --out.`, { cause });
    }
    written.push(file);
  }
  if (formats.includes('pdf')) {
    try {
      await writePdf(builtinReporters.html.render(report, { outputs, color: false, width: 100 }), outputs.pdf!, options.pdf);
    } catch (error) {
      if (!isAisecError(error) || written.length === 0) throw error;
      throw new AisecError(error.code, `${error.message} The other reports were written: ${written.join(', ')}.`, { cause: error });
    }
  }
  return outputs;
}
