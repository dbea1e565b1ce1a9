/**
 * ISO/IEC 42001:2023 Annex A controls to the evidence aisec observes. aisec informs the life
 * cycle (verification, deployment, operation, event logs), data (quality, provenance,
 * acquisition), impact assessment through the register, and supplier controls through
 * signatures; policies, internal organisation, resources and reporting to interested parties
 * are organisational, and every control without a row is reported as outside aisec's view.
 */
import { iso42001 } from '../../../taxonomy/index.js';
import { outside, row, type FrameworkMapping } from '../mapping.js';

const rows = [
  row('iso-42001:A.3.2', ['descriptor.owner', 'risk.register'], 'Roles and responsibilities: an accountable owner of the system, and an owner for every risk in the register.'),
  row('iso-42001:A.4.2', ['inventory.assessed'], 'Resource documentation: the assessment inventories models, datasets and configuration files with their hashes (and the AI-BOM lists them).'),
  row('iso-42001:A.4.3', ['descriptor.data-sources'], 'Data resources documented: each dataset\'s role, source and personal data are stated in the descriptor.'),
  row('iso-42001:A.5.2', ['risk.register'], 'An impact assessment process: the threat model and register assess each risk\'s impact from criticality, data sensitivity, scale and automation.'),
  row('iso-42001:A.5.3', ['risk.register'], 'Impact assessments documented and kept: the register and its append-only history in the store.'),
  row('iso-42001:A.5.4', ['descriptor.users', 'descriptor.impact'], 'Impact on individuals: the people affected, the scale and the criticality of decisions are stated in the descriptor and weigh on every risk\'s impact.'),
  outside('iso-42001:A.6.2.3', 'Documentation of design and development is a document aisec does not read.'),
  row('iso-42001:A.6.2.4', ['data.validated', 'model.scanned', 'test.robustness', 'assessment.clean'], 'Verification and validation: data checked against its schema, model files scanned, the model measured by the robustness suite, and no open critical or high finding.'),
  row('iso-42001:A.6.2.5', ['gateway.fronted', 'gateway.auth'], 'Deployment: every endpoint behind the aisec gateway with authenticated callers.'),
  row('iso-42001:A.6.2.6', ['gateway.audit-log', 'gateway.extraction-monitor', 'gateway.kill-switch', 'incident.playbooks'], 'Operation and monitoring: requests logged, queries watched, a kill switch and incident playbooks to act on what is seen.'),
  outside('iso-42001:A.6.2.7', 'Technical documentation for users and operators is a document aisec does not read.'),
  row('iso-42001:A.6.2.8', ['gateway.fronted', 'gateway.audit-log'], 'Recording of event logs: the gateway\'s tamper-evident audit log of every request at every endpoint.'),
  row('iso-42001:A.7.2', ['descriptor.data-sources', 'data.validated'], 'Data for development: datasets declared with their role and source, and validated by the assessment.'),
  row('iso-42001:A.7.3', ['descriptor.data-sources'], 'Acquisition of data: where each dataset comes from is stated in the descriptor.'),
  row('iso-42001:A.7.4', ['data.validated', 'data.poisoning-scanned'], 'Quality of data: schema and rule checks, and scans for poisoning, label noise, duplicates and drift.'),
  row('iso-42001:A.7.5', ['descriptor.data-sources', 'data.manifest-verified'], 'Data provenance: sources stated, and the data pinned by a verified signed manifest.'),
  row('iso-42001:A.9.4', ['descriptor.purpose', 'gateway.auth'], 'Intended use: the purpose is stated, and only authenticated callers with scoped keys reach the model.'),
  row('iso-42001:A.10.3', ['data.manifest-verified', 'model.signature-verified'], 'Suppliers: data and models received from others are pinned by verified signatures.'),
];

const reasons: Record<string, string> = {
  'iso-42001:A.2': 'Outside aisec\'s view: AI policy and its review are organisational documents.',
  'iso-42001:A.3': 'Outside aisec\'s view: internal organisation (e.g. reporting of concerns) is not observable by aisec.',
  'iso-42001:A.4': 'Outside aisec\'s view: tooling, computing and human resources are not observed by aisec.',
  'iso-42001:A.5': 'Outside aisec\'s view: societal impact assessment is not observed by aisec.',
  'iso-42001:A.6': 'Outside aisec\'s view: objectives, processes and requirements for responsible development are organisational.',
  'iso-42001:A.7': 'Outside aisec\'s view: data preparation steps are not observed by aisec.',
  'iso-42001:A.8': 'Outside aisec\'s view: information and reporting to users and interested parties are organisational.',
  'iso-42001:A.9': 'Outside aisec\'s view: processes and objectives for responsible use are organisational.',
  'iso-42001:A.10': 'Outside aisec\'s view: allocating responsibilities and customer relationships are contractual.',
};

export const iso42001Mapping: FrameworkMapping = {
  framework: 'iso-42001',
  title: 'ISO/IEC 42001:2023 Annex A controls',
  rows,
  scope: () => iso42001().controls.map((c) => ({ id: c.id, title: c.title })),
  outsideReason: (id) => {
    const control = iso42001().controls.find((c) => c.id === id);
    return (control && reasons[control.objective]) ?? 'Outside aisec\'s view.';
  },
};
