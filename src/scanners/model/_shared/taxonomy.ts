/**
 * Taxonomy of model-file findings: MITRE ATLAS AML.T0010 (ML supply chain compromise) and
 * AML.T0011 (user execution: unsafe ML artifacts), OWASP LLM03:2025 and ML06, CWE-502.
 */
export const MODEL_TAXONOMY = { atlas: ['AML.T0010', 'AML.T0011'], owasp: ['LLM03:2025', 'ML06'], cwe: ['CWE-502'] };
