import path from 'node:path';
import type { ReportSystem } from '../report/index.js';
import type { ResolvedSystem } from './resolve-system.js';

/** The system section of the report, from the descriptor (or the folder name in discovery mode). */
export function reportSystemOf(system: ResolvedSystem): ReportSystem {
  const d = system.loaded?.descriptor;
  if (!d || !system.loaded) return { name: system.name, models: [], datasets: [], endpoints: [] };
  const opt = <K extends string, V>(key: K, value: V | undefined | null) => (value === undefined || value === null ? {} : ({ [key]: value } as Record<K, V>));
  return {
    name: d.name,
    ...opt('owner', d.owner),
    ...opt('purpose', d.purpose),
    ...opt('criticality', d.criticality),
    ...opt('automation', d.automation),
    ...opt('exposure', d.exposure),
    descriptor: path.relative(process.cwd(), system.loaded.file).split(path.sep).join('/'),
    models: (d.models ?? []).map((m) => ({ name: m.name, ...opt('path', m.path), ...opt('format', m.format), ...opt('framework', m.framework), ...opt('version', m.version), trainingData: [...(m.trainingData ?? [])] })),
    datasets: (d.datasets ?? []).map((s) => ({ name: s.name, ...opt('path', s.path), ...opt('role', s.role), ...opt('source', s.source), ...opt('personalData', s.personalData) })),
    endpoints: (d.endpoints ?? []).map((e) => ({ name: e.name, ...opt('url', e.url), ...opt('auth', e.auth) })),
  };
}
