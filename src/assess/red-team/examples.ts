/**
 * Example conversations of successful attacks, made small enough for a report: the system
 * prompt left out (the reader knows it; it is long; retrieved documents in later system
 * messages stay, since they carry the injected content), at most the last
 * {@link maxExampleMessages} messages, each cut to {@link maxExampleChars} characters, and every
 * credential of the target (the API key) replaced, in case a server echoed it back.
 */
import {
  maxExampleChars,
  maxExampleMessages,
  type RedTeamExample,
  type RedTeamExampleMessage,
} from '../../core/red-team-details.js';
import type { AttemptOutcome } from '../../redteam/index.js';

/** Longest tool-call arguments kept in an example, in characters. */
export const maxExampleArgumentChars = 300;

/** `text` with every secret replaced by `[redacted]`. Secrets shorter than 4 characters are left (they would hit ordinary words). */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('[redacted]');
  return out;
}

/** `text` cut to `max` code points; `cut` says whether it was. */
function capText(text: string, max: number): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  const points = Array.from(text.slice(0, 2 * max + 2));
  if (points.length <= max) return { text, cut: false };
  return { text: `${points.slice(0, max).join('')}\u2026`, cut: true };
}

/** One outcome as a report example. */
export function exampleOf(outcome: AttemptOutcome, secrets: readonly string[]): RedTeamExample {
  const clean = (text: string): string => redactSecrets(text, secrets);
  // The first system message is the system prompt; later ones carry retrieved documents (the injected content), which stay.
  const conversation = outcome.messages[0]?.role === 'system' ? outcome.messages.slice(1) : outcome.messages;
  const kept = conversation.slice(-maxExampleMessages);
  const messages: RedTeamExampleMessage[] = kept.map((m) => {
    const content = capText(clean(m.content), maxExampleChars);
    const calls = m.toolCalls?.map((c) => ({ name: clean(c.name).slice(0, 100), arguments: capText(clean(c.arguments), maxExampleArgumentChars).text }));
    return {
      role: m.role,
      content: content.text,
      ...(calls !== undefined && calls.length > 0 ? { toolCalls: calls } : {}),
      ...(m.name !== undefined ? { name: clean(m.name).slice(0, 100) } : {}),
      ...(content.cut ? { cut: true } : {}),
    };
  });
  return {
    key: outcome.key,
    strategy: outcome.strategy,
    evidence: outcome.detectors.filter((d) => d.hit).map((d) => ({ detector: d.id, ...(d.evidence !== undefined ? { evidence: capText(clean(d.evidence), 200).text } : {}) })),
    omitted: outcome.messages.length - kept.length,
    messages,
  };
}
