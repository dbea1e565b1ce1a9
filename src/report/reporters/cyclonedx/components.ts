import type { Target } from '../../../core/target.js';
import type { ReportSystem, ReportV1 } from '../../schema.js';
import { artifactUri } from '../sarif/artifact-uri.js';
import { propertiesOf } from './bom-refs.js';
import type { CdxComponent, CdxComponentData, CdxHash, CdxService } from './cdx-types.js';
import type { Asset, Inventory, SystemDataset, SystemModel } from './inventory.js';
import { modelCardOf } from './model-card.js';

function hashesOf(target: Target | undefined): CdxHash[] | undefined {
  return target?.sha256 ? [{ alg: 'SHA-256', content: target.sha256 }] : undefined;
}

/** What aisec learned from the file: detected format, size, how far it was analysed. */
function targetProperties(target: Target | undefined): Record<string, string | number | undefined> {
  if (target === undefined) return {};
  return { 'detected-format': target.format, size: target.size ?? undefined, 'analysis-status': target.status, 'analysis-message': target.message };
}

/** Drop the keys whose value is undefined, so optional CycloneDX fields stay absent. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A model as a `machine-learning-model` component, with its hash and model card. */
export function modelComponent(asset: Asset<SystemModel>, report: ReportV1, inventory: Inventory): CdxComponent {
  const m = asset.declared;
  return compact({
    type: 'machine-learning-model',
    'bom-ref': asset.ref,
    name: asset.name,
    version: m?.version,
    hashes: hashesOf(asset.target),
    modelCard: modelCardOf(asset, report, inventory),
    properties: propertiesOf({ path: m?.path ?? asset.target?.path, format: m?.format, framework: m?.framework, ...targetProperties(asset.target) }),
  } satisfies CdxComponent);
}

/**
 * A data set as a `data` component. `contents.url` is its path as a URI reference (relative
 * paths stay relative); personal data, as declared, is its sensitive data.
 */
export function datasetComponent(asset: Asset<SystemDataset>): CdxComponent {
  const d = asset.declared;
  const path = d?.path ?? asset.target?.path;
  const data: CdxComponentData = compact({
    type: 'dataset',
    name: asset.name,
    contents: path === undefined ? undefined : { url: artifactUri(path).uri },
    classification: d?.personalData === undefined ? undefined : d.personalData ? 'personal-data' : 'no-personal-data',
    sensitiveData: d?.personalData ? ['Personal data (declared in the system descriptor).'] : undefined,
  } satisfies CdxComponentData);
  return compact({
    type: 'data',
    'bom-ref': asset.ref,
    name: asset.name,
    hashes: hashesOf(asset.target),
    data: [data],
    properties: propertiesOf({ path, role: d?.role, source: d?.source, ...targetProperties(asset.target) }),
  } satisfies CdxComponent);
}

/** The system itself as the BOM's subject (`metadata.component`), an `application`. */
export function systemComponent(system: ReportSystem, ref: string): CdxComponent {
  return compact({
    type: 'application',
    'bom-ref': ref,
    name: system.name,
    description: system.purpose,
    properties: propertiesOf({ owner: system.owner, criticality: system.criticality, automation: system.automation, exposure: system.exposure, descriptor: system.descriptor }),
  } satisfies CdxComponent);
}

/** The system's endpoints as CycloneDX services. */
export function endpointServices(system: ReportSystem | null, inventory: Inventory): CdxService[] {
  return (system?.endpoints ?? []).map((e) =>
    compact({
      'bom-ref': inventory.refs.make('service', e.name),
      name: e.name,
      endpoints: e.url === undefined ? undefined : [artifactUri(e.url).uri],
      // "none" is the descriptor's word for an open endpoint; an absent auth says nothing.
      authenticated: e.auth === undefined ? undefined : e.auth !== 'none',
      properties: propertiesOf({ auth: e.auth }),
    } satisfies CdxService),
  );
}
