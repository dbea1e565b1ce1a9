import type { ReportV1 } from '../../schema.js';
import { informationUri } from '../sarif/render-sarif.js';
import { propertiesOf } from './bom-refs.js';
import type { CdxBom, CdxDependency } from './cdx-types.js';
import { datasetComponent, endpointServices, modelComponent, systemComponent } from './components.js';
import { type Inventory, inventoryOf } from './inventory.js';
import { serialNumberOf } from './serial-number.js';
import { vulnerabilitiesOf } from './vulnerabilities.js';

/** The `$schema` of the BOM: the CycloneDX 1.6 schema the tests validate against. */
export const cyclonedxSchemaUri = 'http://cyclonedx.org/schema/bom-1.6.schema.json';

/**
 * The dependency graph: the system depends on its declared models and services, and each
 * declared model on the data sets it was trained on. Only known edges are written: an entry
 * with no `dependsOn` would claim "depends on nothing".
 */
function dependenciesOf(inventory: Inventory, serviceRefs: string[]): CdxDependency[] {
  const out: CdxDependency[] = [];
  const declaredModels = inventory.models.filter((m) => m.declared !== undefined);
  const systemDeps = [...declaredModels.map((m) => m.ref), ...serviceRefs];
  if (inventory.systemRef !== null && systemDeps.length > 0) out.push({ ref: inventory.systemRef, dependsOn: systemDeps });
  for (const m of declaredModels) {
    const trained = (m.declared?.trainingData ?? []).map((n) => inventory.datasetRefByName.get(n)).filter((r): r is string => r !== undefined);
    if (trained.length > 0) out.push({ ref: m.ref, dependsOn: [...new Set(trained)] });
  }
  return out;
}

/**
 * Build the CycloneDX 1.6 AI-BOM of a report: the system as the subject, its models
 * (`machine-learning-model`, with model cards) and data sets (`data`) with their SHA-256,
 * its endpoints as services, model → training-data dependencies, and the findings as
 * vulnerabilities. Pure and deterministic: the serial number is derived from the report.
 */
export function renderBom(report: ReportV1): CdxBom {
  const inventory = inventoryOf(report);
  const system = report.system;
  const services = endpointServices(system, inventory);
  const dependencies = dependenciesOf(inventory, services.map((s) => s['bom-ref']));
  const vulnerabilities = vulnerabilitiesOf(report.findings, inventory);
  const metadataProperties = propertiesOf({ 'assessment-id': report.assessmentId, 'started-at': report.startedAt, 'incomplete-targets': report.summary.incomplete });
  return {
    $schema: cyclonedxSchemaUri,
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: serialNumberOf(report),
    version: 1,
    metadata: {
      timestamp: report.finishedAt,
      tools: { components: [{ type: 'application', name: report.tool.name, version: report.tool.version, externalReferences: [{ type: 'website', url: informationUri }] }] },
      ...(system === null || inventory.systemRef === null ? {} : { component: systemComponent(system, inventory.systemRef) }),
      ...(metadataProperties === undefined ? {} : { properties: metadataProperties }),
    },
    components: [...inventory.models.map((m) => modelComponent(m, report, inventory)), ...inventory.datasets.map(datasetComponent)],
    ...(services.length === 0 ? {} : { services }),
    ...(dependencies.length === 0 ? {} : { dependencies }),
    ...(vulnerabilities.length === 0 ? {} : { vulnerabilities }),
  };
}
