/**
 * A tolerant read of the system descriptor for the threat rules: every list present (empty when
 * left out), lookups by name, and nothing that throws on a missing or odd fact. The rules see
 * only this view, so a descriptor built by hand (or cut short) is as safe as a validated one.
 */
import type { SystemDescriptor } from '../config/index.js';

type Loose<T> = { readonly [K in keyof T]?: unknown };

/** The facts of one model the rules use. */
export interface ModelView {
  readonly name: string;
  readonly path: string | undefined;
  readonly format: string | undefined;
  readonly trainingData: readonly string[];
  readonly deployedAt: readonly string[];
  readonly signed: boolean;
}

export interface DatasetView {
  readonly name: string;
  readonly path: string | undefined;
  readonly role: string | undefined;
  readonly source: string | undefined;
  readonly personalData: boolean | undefined;
  readonly signed: boolean;
}

export interface EndpointView {
  readonly name: string;
  readonly auth: string | undefined;
  readonly rateLimit: number | null | undefined;
  readonly outputDetail: string | undefined;
  readonly serves: string | undefined;
  readonly gateway: boolean;
}

export interface ToolView {
  readonly name: string;
  /** Undefined when the descriptor states none. */
  readonly permissions: readonly string[] | undefined;
}

export interface RetrievalView {
  readonly name: string;
  readonly kind: string | undefined;
  readonly trust: string | undefined;
}

export interface LlmView {
  readonly name: string;
  readonly systemPromptFile: string | undefined;
  readonly tools: readonly ToolView[];
  readonly retrieval: readonly RetrievalView[];
}

/** The descriptor as the rules read it. */
export interface SystemView {
  readonly name: string;
  readonly owner: string | undefined;
  readonly criticality: string | undefined;
  readonly automation: string | undefined;
  readonly exposure: string | undefined;
  readonly requestsPerDay: number | undefined;
  readonly peopleAffected: number | undefined;
  readonly models: readonly ModelView[];
  readonly datasets: readonly DatasetView[];
  readonly endpoints: readonly EndpointView[];
  readonly llm: readonly LlmView[];
  dataset(name: string): DatasetView | undefined;
  endpoint(name: string): EndpointView | undefined;
  /** The endpoints that serve a model or LLM part (its deployedAt, and endpoints naming it in serves), sorted. */
  endpointsServing(name: string): EndpointView[];
}

/** Most entries of any one list the view keeps; a longer list is cut (a descriptor allows 1000). */
export const maxViewEntries = 10_000;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
const list = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v.slice(0, maxViewEntries) : []);
const rec = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const names = (v: unknown): string[] => [...new Set(list(v).map(str).filter((s): s is string => s !== undefined))].sort();

/** Entries with a name, first of each name kept, sorted by name (the descriptor's order never matters). */
function byName<T extends { name: string }>(items: readonly unknown[], read: (r: Record<string, unknown>, name: string) => T): T[] {
  const seen = new Map<string, T>();
  for (const item of items) {
    const r = rec(item);
    const name = str(r.name);
    if (name !== undefined && !seen.has(name)) seen.set(name, read(r, name));
  }
  return [...seen.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Read a descriptor (validated, or any object) into the view the rules use. */
export function systemView(descriptor: SystemDescriptor | Loose<SystemDescriptor> | unknown): SystemView {
  const d = rec(descriptor);
  const scale = rec(rec(d.users).scale);
  const models = byName(list(d.models), (r, name) => ({
    name,
    path: str(r.path),
    format: str(r.format)?.toLowerCase(),
    trainingData: names(r.trainingData),
    deployedAt: names(r.deployedAt),
    signed: r.signature !== undefined && r.signature !== null,
  }));
  const datasets = byName(list(d.datasets), (r, name) => ({
    name,
    path: str(r.path),
    role: str(r.role),
    source: str(r.source),
    personalData: bool(r.personalData),
    signed: r.signature !== undefined && r.signature !== null,
  }));
  const endpoints = byName(list(d.endpoints), (r, name) => ({
    name,
    auth: str(r.auth),
    rateLimit: r.rateLimit === null ? null : num(r.rateLimit),
    outputDetail: str(r.outputDetail),
    serves: str(r.serves),
    gateway: r.gateway !== undefined && r.gateway !== null,
  }));
  const llm = byName(list(d.llm), (r, name) => ({
    name,
    systemPromptFile: str(r.systemPromptFile),
    tools: byName(list(r.tools), (t, tool) => ({ name: tool, permissions: Array.isArray(t.permissions) && t.permissions.length > 0 ? names(t.permissions) : undefined })),
    retrieval: byName(list(r.retrieval), (s, source) => ({ name: source, kind: str(s.kind), trust: str(s.trust) })),
  }));
  const datasetMap = new Map(datasets.map((x) => [x.name, x]));
  const endpointMap = new Map(endpoints.map((x) => [x.name, x]));
  const deployedAt = new Map<string, Set<string>>();
  const add = (asset: string, endpoint: string): void => {
    if (!endpointMap.has(endpoint)) return;
    let set = deployedAt.get(asset);
    if (!set) deployedAt.set(asset, (set = new Set()));
    set.add(endpoint);
  };
  for (const m of models) for (const e of m.deployedAt) add(m.name, e);
  for (const e of endpoints) if (e.serves !== undefined) add(e.serves, e.name);
  return {
    name: str(d.name) ?? 'unnamed-system',
    owner: str(d.owner),
    criticality: str(d.criticality),
    automation: str(d.automation),
    exposure: str(d.exposure),
    requestsPerDay: num(scale.requestsPerDay),
    peopleAffected: num(scale.peopleAffected),
    models,
    datasets,
    endpoints,
    llm,
    dataset: (name) => datasetMap.get(name),
    endpoint: (name) => endpointMap.get(name),
    endpointsServing: (name) => [...(deployedAt.get(name) ?? [])].sort().map((e) => endpointMap.get(e)!),
  };
}
