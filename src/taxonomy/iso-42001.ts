/**
 * ISO/IEC 42001:2023 Annex A: 9 control objectives (A.2–A.10) and 38 controls, ids and titles
 * only (the standard's text is not reproduced). Canonical ids carry the framework:
 * `iso-42001:A.6.2.4`; `A.6.2.4` is read too.
 *
 * @example
 * iso42001Control('A.7.4')?.title   // 'Quality of data for AI systems'
 */
import path from 'node:path';
import { z } from 'zod';
import { deepFreeze, freezeMap, readVendoredJson, taxonomyDataError, VENDORED_TAXONOMY_DIR } from './read-vendored.js';

const IsoFileSchema = z
  .object({
    framework: z.string(),
    source: z.string(),
    counts: z.object({ objectives: z.number().int(), controls: z.number().int() }).strict(),
    objectives: z
      .array(
        z
          .object({
            id: z.string().regex(/^A\.\d{1,2}$/),
            title: z.string().min(1),
            controls: z.array(z.object({ id: z.string().regex(/^A\.\d{1,2}(\.\d{1,2}){1,2}$/), title: z.string().min(1) }).strict()).min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export interface IsoControl {
  /** `iso-42001:A.6.2.4`. */
  readonly id: string;
  /** As the standard writes it: `A.6.2.4`. */
  readonly number: string;
  readonly title: string;
  /** The objective's canonical id. */
  readonly objective: string;
}

export interface IsoObjective {
  /** `iso-42001:A.6`. */
  readonly id: string;
  readonly number: string;
  readonly title: string;
  readonly controls: readonly IsoControl[];
}

export interface Iso42001 {
  readonly objectives: readonly IsoObjective[];
  readonly controls: readonly IsoControl[];
  readonly byId: ReadonlyMap<string, IsoObjective | IsoControl>;
}

export const ISO_42001_FILE = path.join(VENDORED_TAXONOMY_DIR, 'frameworks/iso-iec-42001-2023-annex-a.json');

/** Read Annex A; controls must sit under their objective and the counts must be those the file states. */
export function loadIso42001(file: string = ISO_42001_FILE): Iso42001 {
  const data = readVendoredJson(file, IsoFileSchema);
  const byId = new Map<string, IsoObjective | IsoControl>();
  const objectives: IsoObjective[] = data.objectives.map((o, i) => {
    const id = `iso-42001:${o.id}`;
    const controls = o.controls.map((c, j): IsoControl => {
      if (!c.id.startsWith(`${o.id}.`)) throw taxonomyDataError(file, `objectives[${i}].controls[${j}].id`, `"${c.id}" does not belong to objective ${o.id}`);
      return { id: `iso-42001:${c.id}`, number: c.id, title: c.title, objective: id };
    });
    return { id, number: o.id, title: o.title, controls };
  });
  objectives.forEach((o, i) => {
    for (const [where, entry] of [[`objectives[${i}].id`, o] as const, ...o.controls.map((c, j) => [`objectives[${i}].controls[${j}].id`, c] as const)]) {
      if (byId.has(entry.id)) throw taxonomyDataError(file, where, `"${entry.number}" appears twice`);
      byId.set(entry.id, entry);
    }
  });
  const controls = objectives.flatMap((o) => o.controls);
  if (objectives.length !== data.counts.objectives || controls.length !== data.counts.controls) {
    throw taxonomyDataError(file, 'counts', `the file says ${data.counts.objectives} objectives and ${data.counts.controls} controls but holds ${objectives.length} and ${controls.length}`);
  }
  return deepFreeze({ objectives, controls, byId: freezeMap(byId) });
}

let loaded: Iso42001 | undefined;

/** Annex A as aisec ships it, loaded on first use. */
export function iso42001(): Iso42001 {
  loaded ??= loadIso42001();
  return loaded;
}

/** `iso-42001:A.6.2.4` for `A.6.2.4` or `iso-42001:a.6.2.4`; undefined for other shapes. */
export function canonicalIsoId(id: string): string | undefined {
  const m = /^(?:iso-42001:)?A\.(\d{1,2}(?:\.\d{1,2}){0,2})$/i.exec(id.trim());
  return m ? `iso-42001:A.${m[1]}` : undefined;
}

/** An objective or control by id. */
export function iso42001Entry(id: string): IsoObjective | IsoControl | undefined {
  const canonical = canonicalIsoId(id);
  return canonical === undefined ? undefined : iso42001().byId.get(canonical);
}

/** A control (not an objective) by id. */
export function iso42001Control(id: string): IsoControl | undefined {
  const entry = iso42001Entry(id);
  return entry && 'objective' in entry ? entry : undefined;
}
