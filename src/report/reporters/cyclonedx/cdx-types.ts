/**
 * The part of CycloneDX 1.6 that aisec writes, as TypeScript types.
 *
 * Only what the renderer emits is typed; the vendored schema
 * (data/schemas/cyclonedx/bom-1.6.schema.json) is the authority and the tests validate
 * against it.
 * @see https://cyclonedx.org/docs/1.6/json/
 */

/** A name/value pair; CycloneDX property values are strings. */
export interface CdxProperty {
  name: string;
  value: string;
}

/** A hash of a component. aisec knows SHA-256 only. */
export interface CdxHash {
  alg: 'SHA-256';
  content: string;
}

/** A reference to another object of the BOM by its `bom-ref`. */
export interface CdxRef {
  ref: string;
}

/** A risk in a model card's considerations. */
export interface CdxRisk {
  name: string;
  mitigationStrategy?: string;
}

/** A measured figure of a model (`modelCard.quantitativeAnalysis.performanceMetrics[]`). */
export interface CdxPerformanceMetric {
  type: string;
  value: string;
}

/** The model card of a `machine-learning-model` component. */
export interface CdxModelCard {
  modelParameters?: { datasets?: CdxRef[] };
  quantitativeAnalysis?: { performanceMetrics: CdxPerformanceMetric[] };
  considerations?: { useCases?: string[]; technicalLimitations?: string[]; ethicalConsiderations?: CdxRisk[] };
  properties?: CdxProperty[];
}

/** One data set described by a `data` component. */
export interface CdxComponentData {
  type: 'dataset';
  name: string;
  contents?: { url: string };
  classification?: string;
  sensitiveData?: string[];
}

/** A component: the system (`application`), a model, a data set, or the tool itself. */
export interface CdxComponent {
  type: 'application' | 'machine-learning-model' | 'data';
  'bom-ref'?: string;
  name: string;
  version?: string;
  description?: string;
  hashes?: CdxHash[];
  externalReferences?: { type: 'website'; url: string }[];
  modelCard?: CdxModelCard;
  data?: CdxComponentData[];
  properties?: CdxProperty[];
}

/** A service: an endpoint of the system. */
export interface CdxService {
  'bom-ref': string;
  name: string;
  endpoints?: string[];
  authenticated?: boolean;
  properties?: CdxProperty[];
}

/** An edge list of the dependency graph. */
export interface CdxDependency {
  ref: string;
  dependsOn?: string[];
}

/** A finding, as a CycloneDX vulnerability. */
export interface CdxVulnerability {
  'bom-ref': string;
  id: string;
  source: { name: string };
  ratings: { source: { name: string }; score: number; severity: string; method: 'other' }[];
  cwes?: number[];
  description: string;
  detail: string;
  recommendation: string;
  analysis?: { detail: string };
  affects?: CdxRef[];
  properties: CdxProperty[];
}

/** The BOM: the whole document. */
export interface CdxBom {
  $schema: string;
  bomFormat: 'CycloneDX';
  specVersion: '1.6';
  serialNumber: string;
  version: number;
  metadata: {
    timestamp: string;
    tools: { components: CdxComponent[] };
    component?: CdxComponent;
    properties?: CdxProperty[];
  };
  components: CdxComponent[];
  services?: CdxService[];
  dependencies?: CdxDependency[];
  vulnerabilities?: CdxVulnerability[];
}
