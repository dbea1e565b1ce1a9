import type { Command } from 'commander';
import { AisecError } from '../../core/errors.js';
import { didYouMean } from '../../core/suggest.js';
import {
  frameworkKeys,
  maxQueryLength,
  parseTaxonomyId,
  renderTaxonomyEntry,
  renderTaxonomyHits,
  searchTaxonomies,
  suggestTaxonomyId,
  taxonomyEntry,
  taxonomyEntryJson,
  type FrameworkKey,
} from '../../taxonomy/index.js';

/** Most hits `--limit` allows. */
const maxLimit = 500;

/** An id or query as it may be quoted in a message: one line, at most 80 characters. */
function quoted(text: string): string {
  const line = text.replace(/[\p{Cc}\p{Cf}]/gu, ' ');
  return JSON.stringify(line.length > 80 ? `${line.slice(0, 79)}…` : line);
}

function parseFrameworks(value: string): FrameworkKey[] {
  const out: FrameworkKey[] = [];
  for (const raw of value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)) {
    if (!(frameworkKeys as readonly string[]).includes(raw)) {
      const hint = didYouMean(raw, frameworkKeys);
      throw new AisecError('ERR_USAGE', `--framework takes ${frameworkKeys.join(', ')}, not ${quoted(raw)}.${hint ? ` Did you mean "${hint}"?` : ''}`);
    }
    if (!out.includes(raw as FrameworkKey)) out.push(raw as FrameworkKey);
  }
  if (out.length === 0) throw new AisecError('ERR_USAGE', `--framework needs one of ${frameworkKeys.join(', ')}.`);
  return out;
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > maxLimit) throw new AisecError('ERR_USAGE', `--limit takes a whole number from 1 to ${maxLimit}, not ${quoted(value)}.`);
  return n;
}

/** `aisec taxonomy show|search`. */
export function registerTaxonomy(program: Command): void {
  const taxonomy = program
    .command('taxonomy')
    .summary('look up ATLAS, OWASP, CoSAI, NIST, ISO/IEC 42001 and EU AI Act ids')
    .description(`Look up the taxonomies aisec ships: ${frameworkKeys.join(', ')}. docs/taxonomies.md lists the versions.`)
    .addHelpText('after', `
Examples:
  $ aisec taxonomy show AML.T0020
  $ aisec taxonomy search model extraction --framework atlas`);
  taxonomy
    .command('show')
    .summary('show one taxonomy entry with its links (mitigations, controls, mappings)')
    .argument('<id>', 'an id: AML.T0024, LLM01:2025, ML04, ASI01, riskDataPoisoning, GV-1.1, A.6.2.4, "Art. 15", CONFABULATION')
    .option('--json', 'print JSON')
    .addHelpText('after', `
Examples:
  $ aisec taxonomy show AML.T0024.002
  $ aisec taxonomy show riskDataPoisoning
  $ aisec taxonomy show GV-1.1 --json
  $ aisec taxonomy show "Art. 15"`)
    .action((id: string, flags: { json?: boolean }) => {
      const entry = taxonomyEntry(id);
      if (!entry) {
        const hint = suggestTaxonomyId(id);
        const shape = parseTaxonomyId(id) ? '' : ' It does not have the shape of any id aisec knows.';
        throw new AisecError('ERR_TAXONOMY_NOT_FOUND', `No taxonomy entry has the id ${quoted(id)}.${hint ? ` Did you mean "${hint}"?` : shape} Search by words with \`aisec taxonomy search\`.`);
      }
      process.stdout.write(flags.json ? `${JSON.stringify(taxonomyEntryJson(entry), null, 2)}\n` : renderTaxonomyEntry(entry));
    });
  taxonomy
    .command('search')
    .summary('find taxonomy entries by words in their id, name or description')
    .argument('<text...>', 'words that must all appear')
    .option('--framework <keys>', `only these frameworks, comma-separated: ${frameworkKeys.join(', ')}`)
    .option('--limit <n>', 'most entries to print', '20')
    .option('--json', 'print JSON')
    .addHelpText('after', `
Examples:
  $ aisec taxonomy search membership inference
  $ aisec taxonomy search poisoning --framework atlas,cosai
  $ aisec taxonomy search prompt injection --framework owasp-llm --json`)
    .action((words: string[], flags: { framework?: string; limit: string; json?: boolean }) => {
      const query = words.join(' ');
      if (query.trim() === '') throw new AisecError('ERR_USAGE', 'Give at least one word to search for.');
      if (query.length > maxQueryLength) throw new AisecError('ERR_USAGE', `The search text is longer than ${maxQueryLength} characters; use fewer words.`);
      const hits = searchTaxonomies(query, { limit: parseLimit(flags.limit), ...(flags.framework !== undefined ? { frameworks: parseFrameworks(flags.framework) } : {}) });
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(hits.map((h) => ({ score: h.score, framework: h.entry.framework, kind: h.entry.kind, id: h.entry.id, name: h.entry.name })), null, 2)}\n`);
        return;
      }
      process.stdout.write(hits.length > 0 ? renderTaxonomyHits(hits) : `Nothing matches ${quoted(query)}.\n`);
    });
}
