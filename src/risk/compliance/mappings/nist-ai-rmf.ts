/**
 * NIST AI RMF 1.0 subcategories to the evidence aisec observes. aisec informs MAP (what the
 * system is, its risks), MEASURE (tests, security, privacy, monitoring) and MANAGE (treatment,
 * response, disengagement, third-party components); most of GOVERN is organisational policy,
 * training and culture, and every subcategory without a row is reported as outside aisec's view.
 */
import { nistAiRmf } from '../../../taxonomy/index.js';
import { row, type FrameworkMapping } from '../mapping.js';

const rows = [
  row('GOVERN 1.6', ['descriptor.owner', 'inventory.assessed'], 'An inventory of AI systems: the descriptor names the system and its owner, and an assessment records its models, datasets and configuration files with their hashes in the store (and the AI-BOM).'),
  row('GOVERN 2.1', ['descriptor.owner', 'risk.register'], 'Roles and responsibilities for AI risks: an accountable owner in the descriptor and an owner on every risk of the register.'),
  row('GOVERN 4.3', ['inventory.assessed', 'incident.playbooks'], 'Practices that enable AI testing and the identification of incidents: assessments that test the system, and incident playbooks ready to act. Information sharing is organisational.'),
  row('GOVERN 6.1', ['descriptor.data-sources', 'data.manifest-verified', 'model.signature-verified'], 'Risks of third-party data and models: sources are stated in the descriptor, and what was received is pinned by verified signatures.'),
  row('GOVERN 6.2', ['incident.playbooks', 'gateway.kill-switch'], 'Contingency for failures or incidents in third-party data or AI systems: data-poisoning and model-tampering playbooks, and a kill switch to take a model out of service.'),
  row('MAP 1.1', ['descriptor.purpose', 'descriptor.users'], 'Intended purposes and context of use: the descriptor states purpose, decisions, the population affected and the scale.'),
  row('MAP 2.1', ['descriptor.purpose'], 'The tasks the system supports are stated in the descriptor (purpose and decisions).'),
  row('MAP 2.2', ['descriptor.impact'], 'How output is used and overseen by people: the descriptor states the level of automation and what the decisions are.'),
  row('MAP 3.5', ['descriptor.impact', 'gateway.human-review'], 'Processes for human oversight: the automation level is stated, and the gateway holds the decisions that need a person.'),
  row('MAP 4.1', ['descriptor.data-sources', 'risk.register'], 'Risks of the components, including third-party data: sources in the descriptor and the threat model and register built from them.'),
  row('MAP 4.2', ['risk.register'], 'Internal risk controls for each component: the register lists for each risk the ATLAS and CoSAI controls and whether each is in place, claimed or missing.'),
  row('MAP 5.1', ['risk.register'], 'Likelihood and magnitude of each impact: the register scores every risk on a 5x5 scale from exposure, evidence, criticality and scale.'),
  row('MEASURE 1.1', ['risk.register', 'inventory.assessed'], 'Approaches and metrics for the risks mapped: each threat kind has its tests and scans, and the assessment runs them.'),
  row('MEASURE 2.1', ['inventory.assessed'], 'Test sets, metrics and tools documented: the stored assessment records what ran, with which settings, data and version of aisec.'),
  row('MEASURE 2.3', ['test.robustness'], 'Performance measured quantitatively: the robustness suite reports clean and adversarial accuracy on the evaluation data.'),
  row('MEASURE 2.4', ['gateway.audit-log', 'gateway.extraction-monitor'], 'Functionality and behaviour monitored in production: every request in the audit log, and each key\'s queries watched by the extraction monitor.'),
  row('MEASURE 2.5', ['test.robustness', 'data.validated'], 'Valid and reliable: evaluation data checked against its schema and rules, and the model measured on it and on perturbed input.'),
  row('MEASURE 2.6', ['test.red-team', 'gateway.guards', 'gateway.kill-switch'], 'Safety risks evaluated and the system able to fail safely: red-team probes and guards for LLM parts, and a kill switch for every endpoint.'),
  row('MEASURE 2.7', ['model.scanned', 'data.poisoning-scanned', 'test.robustness', 'test.extraction', 'test.red-team', 'assessment.clean'], 'Security and resilience evaluated and documented: model and data scans, the robustness and extraction suites, the red team for LLM parts, and an assessment with no open critical or high finding.'),
  row('MEASURE 2.8', ['gateway.audit-log', 'risk.register'], 'Transparency and accountability risks examined: a tamper-evident record of every request and a register with owners and a history of each change.'),
  row('MEASURE 2.10', ['descriptor.data-sources', 'test.privacy', 'gateway.output-hardening'], 'Privacy risk examined: personal data in the datasets is stated, the privacy suite measures membership inference, and outputs are hardened.'),
  row('MEASURE 3.1', ['risk.register', 'gateway.extraction-monitor'], 'Existing and emergent risks tracked: the register is brought up to date with each assessment, and the extraction monitor watches for emerging attacks.'),
  row('MANAGE 1.2', ['risk.register'], 'Treatment prioritised by impact and likelihood: the register orders risks by residual score.'),
  row('MANAGE 1.3', ['risk.treatment'], 'Responses to high-priority risks: no high or critical residual risk is open without controls or a recorded acceptance.'),
  row('MANAGE 1.4', ['risk.register', 'risk.treatment'], 'Residual risks documented: inherent and residual levels in the register, acceptances with approver, rationale and expiry.'),
  row('MANAGE 2.3', ['incident.playbooks', 'gateway.kill-switch'], 'Respond to and recover from a newly identified risk: playbooks whose containment steps act, and a kill switch.'),
  row('MANAGE 2.4', ['gateway.kill-switch'], 'Mechanisms to supersede, disengage or deactivate the system: the gateway can disable, restrict or hold each model within a second.'),
  row('MANAGE 3.1', ['data.manifest-verified', 'model.signature-verified', 'model.scanned'], 'Third-party resources monitored with controls applied: signatures of data and models verified and model files scanned on every assessment.'),
  row('MANAGE 3.2', ['model.scanned', 'model.signature-verified'], 'Pre-trained models monitored: each model file scanned and its signature verified on every assessment.'),
  row('MANAGE 4.1', ['gateway.audit-log', 'gateway.extraction-monitor'], 'Post-deployment monitoring implemented: the audit log and the extraction monitor at the gateway. Appeal and override processes are organisational.'),
  row('MANAGE 4.3', ['incident.playbooks', 'gateway.audit-log'], 'Incidents tracked and responded to: playbooks with evidence-keeping steps and a verifiable audit log. Communicating them to affected people is organisational.'),
];

const reasons: Record<string, string> = {
  GOVERN: 'Outside aisec\'s view: organisational policy, accountability, workforce, culture and third-party governance; aisec sees the system, not the organisation.',
  MAP: 'Outside aisec\'s view: context, benefits, costs, stakeholder engagement and risk tolerance are decided by people and not stated in a form aisec can check.',
  MEASURE: 'Outside aisec\'s view: aisec does not measure this (e.g. explainability, fairness, environmental impact, human-subject evaluation, feedback from affected communities).',
  MANAGE: 'Outside aisec\'s view: a management decision or organisational process aisec does not observe.',
};

export const nistAiRmfMapping: FrameworkMapping = {
  framework: 'nist-ai-rmf',
  title: 'NIST AI RMF 1.0 subcategories',
  rows,
  scope: () => nistAiRmf().subcategories.map((s) => ({ id: s.id, title: s.text })),
  outsideReason: (id) => reasons[id.split(' ')[0]!] ?? reasons.GOVERN!,
};
