/**
 * The secrets a system prompt holds, as the simulator's "memory" of them: labelled values such as
 * `discount code: SAVE-1234` or `the admin password is hunter2`, and tokens that call themselves
 * canaries. A weak model reveals these when asked; a hardened one never does.
 */

/** A secret value and what the prompt calls it. */
export interface PromptSecret {
  /** The words naming it, lower case ("staff discount code", "admin password"). */
  readonly label: string;
  readonly value: string;
}

const LABELLED =
  /((?:[\p{L}-]{1,20}[ \t]+){0,3}?(?:password|passcode|pin|secret|code|key|token|credential|coupon|voucher|contraseña|código|passwort|kennwort|senha|codice))(?![\p{L}\p{N}_])[^:=\n.]{0,40}?(?:[ \t]+is|[ \t]+lautet|[ \t]+es|[ \t]+est|:|=)[ \t]*[`"'“«]?([A-Za-z0-9][A-Za-z0-9_\-!@#$%^&*+/]{3,199})/giu;
const CANARY_TOKEN = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{0,60}CANARY[A-Za-z0-9_-]{0,60}(?![A-Za-z0-9_-])/gi;
/** Most secrets remembered per prompt. */
const MAX_SECRETS = 50;

/** The secrets in `prompt`, first mention first, without duplicate values. */
export function secretsInPrompt(prompt: string): PromptSecret[] {
  const out: PromptSecret[] = [];
  const seen = new Set<string>();
  const add = (label: string, value: string): void => {
    const clean = value.replace(/[.,;:!?*]+$/, '');
    if (clean.length < 4 || seen.has(clean) || out.length >= MAX_SECRETS) return;
    seen.add(clean);
    out.push({ label: label.replace(/^[^\p{L}]+/u, '').trim().toLowerCase(), value: clean });
  };
  for (const m of prompt.matchAll(LABELLED)) add(m[1] ?? 'secret', m[2] ?? '');
  for (const m of prompt.matchAll(CANARY_TOKEN)) if (/\d|-/.test(m[0])) add('canary', m[0]);
  return out;
}

/** The secret best matching what was asked for ("password", "discount code"), or the first one. */
export function secretFor(secrets: readonly PromptSecret[], noun: string): PromptSecret | undefined {
  const words = noun.toLowerCase().split(/\s+/).filter((w) => w.length > 2);
  let best: PromptSecret | undefined;
  let bestScore = -1;
  for (const secret of secrets) {
    const score = words.filter((w) => secret.label.includes(w)).length;
    if (score > bestScore) {
      best = secret;
      bestScore = score;
    }
  }
  return best;
}
