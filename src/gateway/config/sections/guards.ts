/**
 * `guards:` — request guards (prompt injection, personal data and secrets, size and language
 * policy) and response guards (leaks, canaries, markdown links), each with its action, fail
 * policy and time budget. docs/gateway/guards.md documents every field.
 */
import { z } from 'zod';

const personalKinds = ['email', 'phone', 'payment-card', 'iban', 'us-ssn'] as const;
const secretKinds = ['aws-access-key', 'github-token', 'slack-token', 'stripe-key', 'openai-key', 'google-api-key', 'private-key', 'jwt', 'generic-secret'] as const;
const roles = ['system', 'developer', 'user', 'assistant', 'tool', 'function'] as const;

/** The Unicode scripts the language guard knows (names as in `\p{Script=…}`). */
export const guardScripts = [
  'Latin', 'Greek', 'Cyrillic', 'Armenian', 'Hebrew', 'Arabic', 'Syriac', 'Thaana', 'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil', 'Telugu', 'Kannada',
  'Malayalam', 'Sinhala', 'Thai', 'Lao', 'Tibetan', 'Myanmar', 'Georgian', 'Hangul', 'Ethiopic', 'Cherokee', 'Khmer', 'Mongolian', 'Hiragana', 'Katakana', 'Bopomofo', 'Han',
] as const;

const FailPolicySchema = z
  .enum(['fail-open', 'fail-closed'])
  .describe('What happens when the guard cannot decide (it throws, or the text is too long to scan within its budget): fail-open lets the request or response pass (verdict "error"), fail-closed blocks it.');

const budget = (ms: number) =>
  z.number().positive().max(60_000).default(ms).describe('Time budget in ms. Detectors run synchronously, so it is enforced up front: text longer than what the guard scans in this time (estimated from its throughput measured at start) is not scanned and follows onError. The time taken is recorded in aisec_guard_duration_seconds.');

const maxScanChars = z
  .number()
  .int()
  .min(1)
  .max(100_000_000)
  .optional()
  .describe('Hard cap on the characters scanned per request or response (beside the one estimated from budgetMs); more follows onError.');

const RolesSchema = z.array(z.enum(roles)).min(1).max(roles.length);

/** prompt-injection (request). */
export const PromptInjectionGuardSchema = z
  .strictObject({
    enabled: z.boolean().default(true).describe('Set false to switch off a guard of the default set.'),
    action: z.enum(['block', 'flag']).default('block').describe('block: refuse the request (ERR_GUARD_BLOCKED); flag: record the verdict only.'),
    threshold: z.number().min(0).max(1).optional().describe('Score at or above which a text counts as an injection; default the threshold shipped with the detector\'s weights.'),
    roles: RolesSchema.default(['user', 'tool']).describe('Message roles whose content is scored (completions prompts and embeddings inputs are always scored).'),
    cacheEntries: z
      .number()
      .int()
      .min(0)
      .max(1_000_000)
      .default(4096)
      .describe('Scores of recently scored texts kept, per caller (API key or token subject) and exact text, so the earlier turns a chat client sends again on every request are not scored again; texts over 16,384 characters are always scored. 0: score every text every time.'),
    onError: FailPolicySchema.default('fail-closed'),
    budgetMs: budget(25),
    maxScanChars,
  })
  .describe('Scores user and tool content with the prompt-injection detector (rules and learned model).');

const dataGuard = (kinds: readonly [string, ...string[]], what: string, action: 'block' | 'redact' | 'flag') =>
  z.strictObject({
    enabled: z.boolean().default(true).describe('Set false to switch off a guard of the default set.'),
    action: z.enum(['block', 'redact', 'flag']).default(action).describe(`block: refuse the request; redact: mask each ${what} in the body the upstream sees; flag: record the verdict only.`),
    kinds: z.array(z.enum(kinds as [string, ...string[]])).min(1).max(kinds.length).optional().describe(`Which kinds of ${what} (default all): ${kinds.join(', ')}.`),
    roles: RolesSchema.optional().describe('Message roles whose content is checked (default all; prompts and inputs always).'),
    onError: FailPolicySchema.default('fail-closed'),
    budgetMs: budget(5),
    maxScanChars,
  });

/** pii (request). */
export const PiiGuardSchema = dataGuard(personalKinds, 'personal datum', 'flag').describe('Personal data (e-mail, phone, payment card, IBAN, US SSN) in the request.');
/** secrets (request). */
export const SecretsGuardSchema = dataGuard(secretKinds, 'secret', 'redact').describe('Secrets (API keys, tokens, private keys, JWTs, key=value secrets) in the request.');

/** size (request). */
export const SizeGuardSchema = z
  .strictObject({
    enabled: z.boolean().default(true).describe('Set false to switch off a guard of the default set.'),
    action: z.enum(['block', 'flag']).default('block').describe('block: refuse the request; flag: record the verdict only.'),
    maxChars: z.number().int().min(1).max(100_000_000).default(400_000).describe('Most characters of text in the request (message contents, tool-call arguments, prompts, inputs; all roles).'),
    maxMessages: z.number().int().min(1).max(1_000_000).default(1000).describe('Most messages (chat), prompts (completions) or inputs (embeddings).'),
    onError: FailPolicySchema.default('fail-closed'),
    budgetMs: budget(1),
  })
  .describe('Caps on the amount of text and messages in a request.');

/** language (request). */
export const LanguageGuardSchema = z
  .strictObject({
    enabled: z.boolean().default(true).describe('Set false to switch the guard off.'),
    action: z.enum(['block', 'flag']).default('block').describe('block: refuse the request; flag: record the verdict only.'),
    allowScripts: z.array(z.enum(guardScripts)).min(1).max(guardScripts.length).describe('Writing systems allowed, by Unicode script name (Latin, Cyrillic, Han, …). Digits, punctuation and emoji are always allowed.'),
    maxOtherShare: z.number().min(0).max(1).default(0.1).describe('Largest share of letters in other scripts before the text counts as another language.'),
    minLetters: z.number().int().min(1).max(100_000).default(16).describe('Texts with fewer letters are not judged.'),
    roles: RolesSchema.default(['user']).describe('Message roles whose content is checked (prompts and inputs always).'),
    onError: FailPolicySchema.default('fail-closed'),
    budgetMs: budget(2),
    maxScanChars,
  })
  .describe('Script-based language policy: which writing systems requests may use.');

const leakGuard = (kinds: readonly [string, ...string[]], what: string, action: 'block' | 'flag') =>
  z.strictObject({
    enabled: z.boolean().default(true).describe('Set false to switch off a guard of the default set.'),
    action: z.enum(['block', 'flag']).default(action).describe(`block: cut the answer (JSON: 403; stream: an SSE error event) before any ${what} leaves; flag: record the verdict only (nothing is held back).`),
    kinds: z.array(z.enum(kinds as [string, ...string[]])).min(1).max(kinds.length).optional().describe(`Which kinds of ${what} (default all): ${kinds.join(', ')}.`),
    onError: FailPolicySchema.default('fail-closed'),
    budgetMs: budget(5),
    maxScanChars,
  });

/** pii-leak (response). */
export const PiiLeakGuardSchema = leakGuard(personalKinds, 'personal datum', 'flag').describe('Personal data in the answer.');
/** secrets-leak (response). */
export const SecretsLeakGuardSchema = leakGuard(secretKinds, 'secret', 'block').describe('Secrets in the answer.');

/** A canary: a marker planted in the system prompt; seeing it in an answer means the prompt leaked. */
const CanarySchema = z
  .string()
  .max(256)
  .refine((c) => c.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '').length >= 8, 'a canary needs at least 8 letters or digits (use a random token, e.g. CANARY-7f3a9c1e)');

/** canary (response). */
export const CanaryGuardSchema = z
  .strictObject({
    enabled: z.boolean().default(true).describe('Set false to switch the guard off.'),
    action: z.enum(['block', 'flag']).default('block').describe('block: cut the answer before the canary leaves; flag: record the verdict only.'),
    canaries: z.array(CanarySchema).min(1).max(100).describe('Strings planted in system prompts (write ${env:NAME} to keep them out of the file). Found in any case, with spacing, punctuation or invisible characters between their letters and digits, and base64-encoded.'),
    base64: z.boolean().default(true).describe('Also find the canaries base64-encoded (standard and URL-safe alphabets).'),
    onError: FailPolicySchema.default('fail-closed'),
    budgetMs: budget(5),
    maxScanChars,
  })
  .describe('System-prompt canaries in the answer.');

const DomainSchema = z
  .string()
  .min(1)
  .max(253)
  .transform((d) => d.toLowerCase().replace(/\.$/, ''))
  .refine((d) => /^(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*$/.test(d), 'a domain is a host name such as example.com (it also allows its subdomains)');

/** links (response). */
export const LinksGuardSchema = z
  .strictObject({
    enabled: z.boolean().default(true).describe('Set false to switch off a guard of the default set.'),
    action: z.enum(['block', 'flag']).default('block').describe('block: cut the answer before the URL\'s host leaves; flag: record the verdict only.'),
    allowDomains: z.array(DomainSchema).max(1000).default([]).describe('Hosts URLs may point to; each also allows its subdomains. Empty: no remote URL is allowed.'),
    images: z.boolean().default(true).describe('Check image URLs: markdown images ![..](url), reference definitions [id]: url, HTML src= attributes.'),
    links: z.boolean().default(true).describe('Check link URLs: markdown links [..](url), <url> autolinks, href= attributes and bare URLs (renderers turn them into links).'),
    onError: FailPolicySchema.default('fail-closed'),
    budgetMs: budget(5),
    maxScanChars,
  })
  .describe('Markdown images and links to domains not on the allowlist (the classic exfiltration channel).');

/** The `guards` section. */
export const GuardsSchema = z
  .strictObject({
    defaults: z.boolean().default(true).describe('Run the default guard set (prompt-injection, secrets, pii as flag, size; secrets-leak, pii-leak as flag, links for images) besides the guards configured here; a guard configured here replaces its default. false: only the guards configured here.'),
    routes: z.array(z.string().min(1).max(63)).max(1000).optional().describe('Ids of the OpenAI routes guarded (default all of them; predict routes are never guarded).'),
    tokenInput: z.enum(['block', 'pass']).default('block').describe('Completions prompts and embeddings inputs given as token ids cannot be read by text guards: block refuses them, pass lets them through unchecked.'),
    maxHeldBytes: z.number().int().min(1024).max(64 * 1024 * 1024).default(1024 * 1024).describe('Most bytes of a streamed answer held back while a possible match is undecided; beyond it the guard holding them follows its onError.'),
    request: z
      .strictObject({
        'prompt-injection': PromptInjectionGuardSchema.optional(),
        pii: PiiGuardSchema.optional(),
        secrets: SecretsGuardSchema.optional(),
        size: SizeGuardSchema.optional(),
        language: LanguageGuardSchema.optional(),
      })
      .prefault({})
      .describe('Request guards, run in this order: size, language, prompt-injection, secrets, pii.'),
    response: z
      .strictObject({
        'pii-leak': PiiLeakGuardSchema.optional(),
        'secrets-leak': SecretsLeakGuardSchema.optional(),
        canary: CanaryGuardSchema.optional(),
        links: LinksGuardSchema.optional(),
      })
      .prefault({})
      .describe('Response guards, run on JSON answers and incrementally on streams.'),
  })
  .describe('Request and response guards.');

/** A validated `guards` section. */
export type GuardsConfig = z.output<typeof GuardsSchema>;
export type PromptInjectionGuardConfig = z.output<typeof PromptInjectionGuardSchema>;
export type PiiGuardConfig = z.output<typeof PiiGuardSchema>;
export type SecretsGuardConfig = z.output<typeof SecretsGuardSchema>;
export type SizeGuardConfig = z.output<typeof SizeGuardSchema>;
export type LanguageGuardConfig = z.output<typeof LanguageGuardSchema>;
export type PiiLeakGuardConfig = z.output<typeof PiiLeakGuardSchema>;
export type SecretsLeakGuardConfig = z.output<typeof SecretsLeakGuardSchema>;
export type CanaryGuardConfig = z.output<typeof CanaryGuardSchema>;
export type LinksGuardConfig = z.output<typeof LinksGuardSchema>;
