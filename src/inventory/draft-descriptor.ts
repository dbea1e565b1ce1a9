/**
 * Write a draft aisec.yaml from the assets found in a folder. What discovery cannot know
 * (owner, purpose, criticality, exposure, endpoints, ...) gets a `# TODO` comment and a
 * placeholder that is valid, so the draft loads as it is and `aisec assess` works at once;
 * the placeholders are conservative (personal data: true, exposure: internal).
 */
import path from 'node:path';
import { stringify } from 'yaml';
import { automationLevels, criticalities, datasetRoles, datasetSources, endpointAuths, exposures, outputDetails, relativePathProblem } from '../config/index.js';
import type { DiscoveredAsset } from './discover.js';

/** Most models or datasets written out; the rest are counted in a comment. */
const maxEntries = 200;

/** Descriptor files never listed as assets. */
const descriptorNames = new Set(['aisec.yaml', 'aisec.yml']);

interface Entry {
  name: string;
  path: string;
  format: string;
  role?: (typeof datasetRoles)[number];
}

/**
 * A draft aisec.yaml (YAML text) for the folder `dir`, listing the model and dataset files
 * in `assets` (as returned by `discoverAssets(dir)`), with `TODO` comments where only the
 * team can answer.
 *
 * @example
 * const yaml = draftDescriptor(dir, await discoverAssets(dir));
 */
export function draftDescriptor(dir: string, assets: readonly DiscoveredAsset[]): string {
  // Files the loader would refuse to name (a \ in the name, a leading `~/`) are left out.
  const usable = assets.filter((a) => a.error === undefined && !descriptorNames.has(a.path) && relativePathProblem(a.path) === undefined);
  const models = toEntries(usable.filter((a) => a.kind === 'model'), true);
  const datasets = toEntries(usable.filter((a) => a.kind === 'dataset'), false).map((e) => ({ ...e, role: guessRole(e.path) }));
  const todo = (values: readonly string[]) => `# TODO one of: ${values.join(', ')}`;
  const lines = [
    '# Draft written by `aisec init` from the files found in this folder.',
    '# Answer every TODO: the placeholder values are valid, so `aisec assess` runs on this draft,',
    '# but they are guesses and decide how serious the risks are rated. Reference: docs/config.md',
    'version: 1',
    `name: ${scalar(systemName(dir))}`,
    `owner: ${scalar('TODO: team or person accountable for the system')}  # TODO`,
    `purpose: ${scalar('TODO: what the system is for, in one or two sentences')}  # TODO`,
    `criticality: other  ${todo(criticalities)}`,
    '# decisions: the decisions the system makes or supports, in plain words  # TODO (optional)',
    `automation: human-review  ${todo(automationLevels)}`,
    `exposure: internal  ${todo(exposures)}`,
    'users:',
    `  population: ${scalar('TODO: who uses the system and who is affected by it')}  # TODO`,
    '  # scale: { requestsPerDay: 1000, peopleAffected: 10000 }  # TODO (optional)',
    '',
    ...section('models', models, (m) => [`  - name: ${scalar(m.name)}`, `    path: ${scalar(m.path)}`, `    format: ${scalar(m.format)}`, '    # framework: scikit-learn  # TODO (optional)', '    # trainingData: [dataset names]  # TODO (optional)']),
    '',
    ...section('datasets', datasets, (d) => [
      `  - name: ${scalar(d.name)}`,
      `    path: ${scalar(d.path)}`,
      `    role: ${d.role}  ${todo(datasetRoles)} (guessed from the name)`,
      `    source: internal  ${todo(datasetSources)}`,
      '    personalData: true  # TODO set to false if the data holds no information about people',
    ]),
    '',
    'endpoints: []  # TODO list the network endpoints of the system, for example:',
    '#  - name: scoring-api',
    '#    url: https://scoring.example.com/v1/score',
    `#    auth: api-key  # ${endpointAuths.join(' | ')}`,
    '#    rateLimit: 600  # requests per minute per caller, or null for no limit',
    `#    outputDetail: label  # ${outputDetails.join(' | ')}`,
    ...(models[0] ? [`#    serves: ${models[0].name}`] : []),
    '',
    'llm: []  # TODO list LLM parts (provider, model, tools and their permissions, retrieval sources); see docs/config.md',
    '',
  ];
  return lines.join('\n');
}

function section(key: string, entries: Entry[], render: (entry: Entry) => string[]): string[] {
  if (entries.length === 0) return [`${key}: []  # none found; add any that live elsewhere`];
  const shown = entries.slice(0, maxEntries);
  const out = [`${key}:`, ...shown.flatMap(render)];
  if (entries.length > shown.length) out.push(`  # TODO ${entries.length - shown.length} more ${key} found; list the ones that belong to the system`);
  return out;
}

/**
 * One entry per asset, except that many files of one format in one folder (data shards,
 * sharded weights) become a single entry naming the folder.
 */
function toEntries(assets: DiscoveredAsset[], models: boolean): Entry[] {
  const groups = new Map<string, DiscoveredAsset[]>();
  for (const asset of assets) {
    const folder = path.posix.dirname(asset.path);
    const shardLike = models ? /-\d{3,5}-of-\d{3,5}\./.test(asset.path) : true;
    const key = folder !== '.' && shardLike ? `${folder}\0${asset.format}` : `\0${asset.path}`;
    groups.set(key, [...(groups.get(key) ?? []), asset]);
  }
  const taken = new Set<string>();
  const entries: Entry[] = [];
  for (const [key, members] of groups) {
    const grouped = !key.startsWith('\0') && members.length >= (models ? 2 : 3);
    const list = grouped ? [{ path: path.posix.dirname(members[0]!.path), format: members[0]!.format }] : members;
    for (const item of list) entries.push({ name: uniqueName(stem(item.path), taken), path: item.path, format: item.format });
  }
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function guessRole(file: string): (typeof datasetRoles)[number] {
  const name = file.toLowerCase();
  if (/(^|[^a-z])(eval|evaluation|test|valid|validation|val|holdout|dev)([^a-z]|$)/.test(name)) return 'eval';
  if (/(^|[^a-z])(ref|reference|baseline)([^a-z]|$)/.test(name)) return 'reference';
  if (/(^|[^a-z])(log|logs|prod|production|inference|requests)([^a-z]|$)/.test(name)) return 'production-log';
  return 'train';
}

/** A valid system name from the folder name: lowercase, dashes, at most 64 characters. */
function systemName(dir: string): string {
  const slug = path
    .basename(path.resolve(dir))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug === '' ? 'ai-system' : slug;
}

/** File name without its extensions, made into a valid asset name. */
function stem(file: string): string {
  const base = path.posix.basename(file).replace(/\.[^.]*$/, '').replace(/\.(tar|csv|tsv|jsonl|json)$/i, '');
  const cleaned = base.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 90).replace(/[-.]+$/, '');
  return cleaned === '' ? 'asset' : cleaned;
}

function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  taken.add(name);
  return name;
}

/** A YAML scalar on one line, quoted when it needs to be. */
function scalar(value: string): string {
  const yaml = stringify(value, { lineWidth: 0 }).trimEnd();
  // Block scalars span lines; a JSON string is a valid one-line YAML double-quoted scalar.
  return yaml.includes('\n') ? JSON.stringify(value) : yaml;
}
