import { z } from 'zod';
import { defineScanner } from '../../core/scanner.js';

/**
 * Flags model and dataset files found in the system's folder that its aisec.yaml does not
 * describe: a model nobody declared has no known provenance, owner or training data.
 * Runs only when the assessment has a descriptor (`declared: true`).
 */
export const inventoryScanner = defineScanner({
  id: 'inventory',
  version: 1,
  summary: 'Flags model and dataset files that the system description does not declare.',
  // A model or dataset nobody declared has unknown provenance: an AI supply-chain risk (OWASP LLM03, ML06).
  tags: { atlas: ['AML.T0010'], owasp: ['LLM03:2025', 'ML06'] },
  kind: 'any',
  options: z.object({ declared: z.boolean().default(false).describe('The system has a descriptor to compare with.') }).strict(),
  appliesTo: (target) => !target.asset && (target.kind === 'model' || target.kind === 'dataset'),
  async scan(target, ctx) {
    if (!ctx.options.declared) return { findings: [] };
    const model = target.kind === 'model';
    return {
      findings: [
        {
          rule: model ? 'undeclared-model' : 'undeclared-dataset',
          title: model ? 'Model file not declared in aisec.yaml' : 'Dataset not declared in aisec.yaml',
          severity: model ? 'medium' : 'low',
          confidence: 'medium',
          message: `${target.path} looks like a ${model ? 'model' : 'dataset'} (${target.format}) but aisec.yaml does not list it.`,
          evidence: { format: target.format, size: target.size },
          why: model
            ? 'A model nobody declared has no known origin, owner or training data; it may be a leftover, a shadow deployment or a planted file.'
            : 'Data nobody declared is not covered by validation, privacy review or integrity checks.',
          fix: `Add ${target.path} to aisec.yaml (with its owner and origin) or delete it if it is not used.`,
        },
      ],
    };
  },
});
