/**
 * Incident response: CACAO 2.0 playbooks validated against the official schema, incidents with
 * a timeline in the store, steps that act through the gateway, the key store, dataset
 * quarantine and lineage questions (docs/incidents.md).
 */
export { actionIds, builtinPlaybooks, findStep, loadPlaybook, parsePlaybook, phases, playbookDir, readPlaybookFile, stepExtensionName, type ActionId, type Phase, type Playbook, type PlaybookStep } from './playbook.js';
export { appendTimeline, checkIncidentId, closeIncident, getIncident, listPlaybookIncidents, maxTextLength, noteIncident, openIncident, playbookOf, type Incident, type IncidentDetail, type IncidentSubjects, type OpenIncidentOptions, type TimelineEntry } from './incident.js';
export { actOnIncident, type ActOptions, type ActResult } from './act.js';
export { checkDigest, datasetQuarantines, quarantineMessage, quarantineOf, setDatasetQuarantine, type DatasetQuarantine } from './quarantine.js';
export { endpointsServing, keysThatQueried, modelsTrainedOn, type KeyUse, type KeyUseReport, type ServingEndpoint } from './lineage.js';
export { SchemaSet, type SchemaProblem } from './cacao/schema-check.js';
