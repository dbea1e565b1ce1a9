/**
 * EU AI Act (Regulation (EU) 2024/1689), requirements for high-risk systems, Arts. 9–15, to the
 * evidence aisec observes. Art. 15(5) is split by the attack classes it names, because each has
 * its own evidence. Documentation and instructions for use (Arts. 11, 13, 15(3)) are documents
 * aisec does not read: they are not-assessed rather than inferred from the descriptor.
 */
import { euAiAct } from '../../../taxonomy/index.js';
import { outside, row, type FrameworkMapping } from '../mapping.js';

const rows = [
  row('eu-ai-act:Art.9', ['risk.register', 'risk.treatment'], 'A risk management system identifies, estimates, evaluates and treats risks: the register derives each risk from the threat model of the descriptor, scores it with the observed evidence, names an owner and records treatment or acceptance with its history. The lifecycle process around it (reviews, testing against thresholds before release) is the provider\'s.'),
  row('eu-ai-act:Art.10', ['descriptor.data-sources', 'data.validated', 'data.poisoning-scanned', 'data.manifest-verified'], 'Data governance asks for provenance, collection, preparation and quality criteria: the descriptor states sources and personal data, the assessment checks each dataset against its schema and rules, scans training data for poisoning and label noise, and verifies the signed manifest that pins the data. Examination of biases (Art. 10(2)(f)) is not measured by aisec.'),
  outside('eu-ai-act:Art.11', 'Technical documentation (Annex IV) is a document aisec does not read; the assessment report, the AI-BOM and the risk register can be attached to it, but whether it is complete and current is for the provider to show.'),
  row('eu-ai-act:Art.12', ['gateway.fronted', 'gateway.audit-log'], 'Record-keeping needs automatic logging of events over the lifetime: every endpoint served by the aisec gateway with its tamper-evident (hash-chained, signed tree head) audit log of each request. Retention (at least six months, Arts. 19 and 26) is configured outside aisec.'),
  outside('eu-ai-act:Art.13', 'Transparency to deployers is met by the instructions for use, a document aisec does not read; the accuracy and robustness figures of the assessment can be quoted in them.'),
  row('eu-ai-act:Art.14', ['descriptor.impact', 'gateway.human-review', 'gateway.kill-switch'], 'Human oversight: the descriptor states the level of automation; the gateway holds decisions that need a person (review mode) and lets an operator stop or restrict the model (the "stop button" of Art. 14(4)(e)). Whether overseers are trained and aware of automation bias is not observable.'),
  row('eu-ai-act:Art.15(1)', ['test.robustness', 'assessment.clean'], 'An appropriate level of accuracy, robustness and cybersecurity: the robustness suite measures clean and adversarial accuracy, and a clean assessment shows no open critical or high weakness. Consistency over the lifecycle needs assessments repeated on each release.'),
  outside('eu-ai-act:Art.15(2)', 'Benchmarks and measurement methodologies are encouraged by the Commission; not a duty of the provider.'),
  outside('eu-ai-act:Art.15(3)', 'Accuracy levels and metrics are declared in the instructions for use, which aisec does not read; the robustness suite\'s clean accuracy is a figure to declare there.'),
  row('eu-ai-act:Art.15(4)', ['test.robustness', 'gateway.kill-switch'], 'Resilience to errors, faults and inconsistencies with fail-safe plans: the robustness suite measures how answers hold under perturbed input, and the gateway\'s kill switch can disable or restrict the model. Feedback loops of systems that keep learning are not observed.'),
  row('eu-ai-act:Art.15(5)', ['data.poisoning-scanned', 'data.manifest-verified'], 'Data poisoning: training data scanned for poisoning signals and pinned by a verified signed manifest.', 'data poisoning'),
  row('eu-ai-act:Art.15(5)', ['model.scanned', 'model.signature-verified'], 'Model poisoning through pre-trained components: model files scanned for unsafe content and their signatures verified.', 'model poisoning'),
  row('eu-ai-act:Art.15(5)', ['test.robustness', 'test.red-team', 'gateway.guards'], 'Adversarial examples and model evasion: the robustness suite for classic models, the red team and the prompt-injection guard for LLM parts (what does not apply to the system is left out).', 'adversarial examples, evasion'),
  row('eu-ai-act:Art.15(5)', ['test.privacy', 'test.extraction', 'gateway.auth', 'gateway.output-hardening', 'gateway.extraction-monitor'], 'Confidentiality attacks (membership inference, model extraction): the privacy and extraction suites measure the leak; authenticated callers, hardened outputs and the extraction monitor prevent and detect it.', 'confidentiality attacks'),
  row('eu-ai-act:Art.15(5)', ['assessment.clean'], 'Model flaws: the latest assessment analysed every target and leaves no open critical or high finding.', 'model flaws'),
  row('eu-ai-act:Art.15(5)', ['incident.playbooks', 'gateway.kill-switch', 'gateway.audit-log'], 'Respond to, resolve and control attacks: incident playbooks whose containment steps act through the gateway (kill switch, restriction, key revocation), with the audit log as evidence.', 'respond and resolve'),
];

export const euAiActMapping: FrameworkMapping = {
  framework: 'eu-ai-act',
  title: 'EU AI Act, Arts. 9-15 (requirements for high-risk AI systems)',
  rows,
  scope: () => {
    const seen = new Set<string>();
    return rows.flatMap((r) => {
      if (seen.has(r.item)) return [];
      seen.add(r.item);
      const entry = euAiAct().byId.get(r.item);
      return [{ id: r.item, title: entry ? ('title' in entry ? entry.title : entry.summary) : r.item }];
    });
  },
  outsideReason: () => 'Not a requirement aisec maps.',
};
