import { z } from 'zod';
import { defaultLimits, type ScanLimits } from './member-types.js';

/** Options shared by the pickle and archive scanners (config key `scanners.<id>`). */
export const modelScanOptions = z
  .object({
    allow: z.array(z.string().min(1)).default([]).describe('Extra pickle globals to allow, as `module.name` or `module.*`; denylisted globals stay critical.'),
    maxDepth: z.number().int().min(1).max(32).default(defaultLimits.maxDepth).describe('Containers inside containers followed this deep.'),
    maxMembers: z.number().int().min(1).default(defaultLimits.maxMembers).describe('Archive members analysed per target, in total.'),
    maxMemberBytes: z.number().int().min(1024).default(defaultLimits.maxMemberBytes).describe('Largest member held in memory for analyzers that need whole bytes.'),
    maxExpandedBytes: z.number().int().min(1024).default(defaultLimits.maxExpandedBytes).describe('Bytes decompressed per target, in total (decompression bombs stop here).'),
    maxRatio: z.number().min(2).default(defaultLimits.maxRatio).describe('Declared expansion ratio of one member reported as a decompression bomb.'),
  })
  .strict();

/** The validated options. */
export type ModelScanOptions = z.output<typeof modelScanOptions>;

/** The limits part of the options. */
export function limitsOf(options: ModelScanOptions): ScanLimits {
  return { maxDepth: options.maxDepth, maxMembers: options.maxMembers, maxMemberBytes: options.maxMemberBytes, maxExpandedBytes: options.maxExpandedBytes, maxRatio: options.maxRatio };
}
