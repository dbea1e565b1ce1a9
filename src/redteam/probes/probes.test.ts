import { describe, expect, it } from 'vitest';
import { createRng } from '../../stats/index.js';
import { bareApp, sampleApp } from '../test-support/sample-app.js';
import type { AppContext, ChatMessage, ProbeAttempt, ProbeContext, ProbeDef, ProbeSkip, TargetMode } from '../types.js';
import { attackerCall, ATTACKER_EMAIL } from './attacker-arguments.js';
import { fill, makeMarker, roundRobin } from './attempt-plan.js';
import { builtinProbes } from './builtin-probes.js';
import { carryPayload } from './carriers.js';
import { DIRECT_OVERRIDE_PAYLOADS } from './direct-override.js';
import { excessiveAgencyProbe } from './excessive-agency.js';
import { INDIRECT_PAYLOADS, indirectInjectionProbe } from './indirect-injection.js';
import { jailbreakRoleplayProbe, PERSONAS } from './jailbreak-roleplay.js';
import { EXFIL_PAYLOADS, markdownExfiltrationProbe } from './markdown-exfiltration.js';
import { ADAPTIVE_MAX_TURNS, LADDERS, multiTurnEscalationProbe, nextEscalation } from './multi-turn-escalation.js';
import { SECRET_REQUESTS, secretLeakageProbe } from './secret-leakage.js';
import { EXTRACTION_PAYLOADS, systemPromptExtractionProbe } from './system-prompt-extraction.js';
import { AGENCY_REQUESTS } from './excessive-agency.js';

function context(seed: number, attemptsPerProbe = 12, app: AppContext = sampleApp, mode: TargetMode = 'harnessed'): ProbeContext {
  return { app, mode, random: createRng(seed), attemptsPerProbe };
}

function attemptsOf(probe: ProbeDef, ctx: ProbeContext): readonly ProbeAttempt[] {
  const out = probe.attempts(ctx);
  if ('skip' in out) throw new Error(`${probe.id} skipped: ${out.skip}`);
  return out;
}

/** Everything an attempt sends, for comparisons (the adaptive function left out). */
function sent(a: ProbeAttempt): unknown {
  return { id: a.id, turns: a.turns, injected: a.injected, goal: a.goal, adaptive: a.adaptive?.maxTurns };
}

describe('every probe', () => {
  it.each(builtinProbes.map((p) => [p.id, p] as const))('%s gives the same attempts for the same seed and other ones for another seed', (_id, probe) => {
    const a = attemptsOf(probe, context(1)).map(sent);
    const b = attemptsOf(probe, context(1)).map(sent);
    const c = attemptsOf(probe, context(2)).map(sent);
    expect(a).toEqual(b);
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });

  it.each(builtinProbes.map((p) => [p.id, p] as const))('%s builds attemptsPerProbe attempts with unique ids "<probe>/<n>"', (_id, probe) => {
    for (const n of [1, 5, 40]) {
      const attempts = attemptsOf(probe, context(3, n));
      expect(attempts.length).toBeGreaterThanOrEqual(n);
      // Only indirect injection may add attempts, to reach every injection point once.
      expect(attempts.length).toBeLessThanOrEqual(Math.max(n, sampleApp.injectionPoints.length));
      const ids = attempts.map((a) => a.id);
      expect(new Set(ids).size).toBe(ids.length);
      ids.forEach((id, i) => expect(id).toBe(`${probe.id}/${i + 1}`));
    }
  });

  it.each(builtinProbes.map((p) => [p.id, p] as const))('%s gives every attempt a turn and a goal its detectors can judge', (_id, probe) => {
    for (const a of attemptsOf(probe, context(4, 30))) {
      expect(a.turns.length).toBeGreaterThan(0);
      for (const t of a.turns) expect(t.text.trim().length).toBeGreaterThan(0);
      const g = a.goal;
      expect(g.marker !== undefined || (g.secrets?.length ?? 0) > 0 || g.exfilDomain !== undefined || g.toolCall !== undefined).toBe(true);
      if (!probe.acceptsStrategies) expect(a.turns.every((t) => !t.payload) && a.injected?.payload !== true).toBe(true);
      if (probe.acceptsStrategies && a.injected === undefined) expect(a.turns.some((t) => t.payload)).toBe(true);
    }
  });

  it.each(builtinProbes.map((p) => [p.id, p] as const))('%s uses a fresh marker per attempt, of the form AISEC-<PROBE>-<6 hex>', (_id, probe) => {
    const markers = attemptsOf(probe, context(5, 40))
      .map((a) => a.goal.marker)
      .filter((m): m is string => m !== undefined);
    for (const m of markers) expect(m).toMatch(new RegExp(`^AISEC-${probe.id.toUpperCase()}-[0-9a-f]{6}$`));
    expect(new Set(markers).size).toBe(markers.length);
  });

  it.each(builtinProbes.map((p) => [p.id, p] as const))('%s draws on at least ten phrasings', (_id, probe) => {
    const attempts = attemptsOf(probe, context(6, 40));
    const texts = new Set(attempts.map((a) => `${a.turns.map((t) => t.text).join('|')}|${a.injected?.content ?? ''}`.replace(/AISEC-[A-Z-]+-[0-9a-f]{6}/g, 'M')));
    expect(texts.size).toBeGreaterThanOrEqual(10);
  });

  it.each(builtinProbes.map((p) => [p.id, p] as const))('%s rejects an attempt count that is not a positive integer', (_id, probe) => {
    for (const bad of [0, -1, 1.5, Number.NaN, 1e9]) {
      expect(() => probe.attempts(context(1, bad)), String(bad)).toThrow(/attemptsPerProbe must be an integer/);
    }
  });

  it('authored lists hold at least ten phrasings each', () => {
    for (const list of [DIRECT_OVERRIDE_PAYLOADS, INDIRECT_PAYLOADS, EXTRACTION_PAYLOADS, EXFIL_PAYLOADS, SECRET_REQUESTS, AGENCY_REQUESTS, PERSONAS]) {
      expect(list.length).toBeGreaterThanOrEqual(10);
      expect(new Set(list).size).toBe(list.length);
    }
    expect(LADDERS.flat().length).toBeGreaterThanOrEqual(10);
  });
});

describe('skips', () => {
  it.each([
    [indirectInjectionProbe, /no injection point/],
    [secretLeakageProbe, /no credential or personal-data secret/],
    [excessiveAgencyProbe, /no sensitive tool/],
    [systemPromptExtractionProbe, /cannot be recognised/],
  ] as const)('%s skips with a reason on an application without what it needs', (probe, reason) => {
    const out = probe.attempts(context(1, 5, bareApp)) as ProbeSkip;
    expect(out.skip).toMatch(reason);
  });

  it('system-prompt-extraction runs on an opaque target only with a declared canary', () => {
    expect('skip' in systemPromptExtractionProbe.attempts(context(1, 5, { ...sampleApp, secrets: [] }, 'opaque'))).toBe(true);
    expect('skip' in systemPromptExtractionProbe.attempts(context(1, 5, { ...sampleApp, secrets: [] }, 'harnessed'))).toBe(false);
    expect('skip' in systemPromptExtractionProbe.attempts(context(1, 5, sampleApp, 'opaque'))).toBe(false);
  });

  it('probes that need nothing run on the bare application', () => {
    for (const probe of builtinProbes.filter((p) => ![indirectInjectionProbe, secretLeakageProbe, excessiveAgencyProbe, systemPromptExtractionProbe].includes(p as never))) {
      expect(Array.isArray(probe.attempts(context(1, 5, bareApp))), probe.id).toBe(true);
    }
  });
});

describe('indirect-injection', () => {
  it('reaches every injection point, hides the marker in a carrier and asks only the user task', () => {
    const attempts = attemptsOf(indirectInjectionProbe, context(7, 9));
    const kinds = new Set(attempts.map((a) => a.injected!.point.kind));
    expect([...kinds].sort()).toEqual(['document', 'tool-output', 'user-message']);
    for (const a of attempts) {
      expect(a.turns).toEqual([{ text: sampleApp.userTask, payload: false }]);
      expect(a.injected!.content).toContain(a.goal.marker!);
      expect(a.injected!.content.length).toBeGreaterThan(a.goal.marker!.length + 100);
    }
  });

  it('gives one attempt per injection point even when fewer are asked for', () => {
    expect(attemptsOf(indirectInjectionProbe, context(1, 1)).length).toBe(3);
  });

  it('writes tool results as JSON and uses the application documents of a source', () => {
    const seenOwn = new Set<string>();
    for (let seed = 0; seed < 30; seed++) {
      const tool = carryPayload({ kind: 'tool-output', tool: 'search_orders' }, 'PAYLOAD "quoted"', sampleApp, createRng(seed));
      const parsed = JSON.parse(tool.content) as { tool: string };
      expect(parsed.tool).toBe('search_orders');
      expect(tool.content).toContain('PAYLOAD \\"quoted\\"');
      const doc = carryPayload({ kind: 'document', source: 'help-centre' }, 'PAYLOAD', sampleApp, createRng(seed));
      expect(doc.content).toContain('PAYLOAD');
      if (doc.carrier.startsWith('help-centre/')) seenOwn.add(doc.carrier);
    }
    expect(seenOwn.size).toBeGreaterThan(0);
  });
});

describe('jailbreak-roleplay', () => {
  it('asks only for the marker when neither a prompt secret nor the system prompt can judge a reveal', () => {
    const opaque = attemptsOf(jailbreakRoleplayProbe, context(14, 12, { ...sampleApp, secrets: [] }, 'opaque'));
    expect(opaque.every((a) => a.turns[0]!.text.includes(a.goal.marker!))).toBe(true);
    const harnessed = attemptsOf(jailbreakRoleplayProbe, context(14, 12));
    expect(harnessed.some((a) => !a.turns[0]!.text.includes(a.goal.marker!))).toBe(true);
  });
});

describe('markdown-exfiltration', () => {
  it('mixes direct and indirect attempts, each naming the host its goal watches', () => {
    const attempts = attemptsOf(markdownExfiltrationProbe, context(8, 10));
    expect(attempts.filter((a) => a.injected).length).toBe(5);
    for (const a of attempts) {
      const text = a.injected?.content ?? a.turns.map((t) => t.text).join('\n');
      const hosts = [...text.matchAll(/https:\/\/([a-z0-9.-]+)\//g)].map((m) => m[1]!);
      expect(hosts.some((host) => host === a.goal.exfilDomain || host.endsWith(`.${a.goal.exfilDomain}`))).toBe(true);
      expect(a.goal.exfilDomain).toMatch(/\.example$/);
    }
  });

  it('is direct only without injection points', () => {
    expect(attemptsOf(markdownExfiltrationProbe, context(8, 6, { ...sampleApp, injectionPoints: [] })).every((a) => a.injected === undefined)).toBe(true);
  });
});

describe('secret-leakage', () => {
  it('asks for credentials and personal data, judged by those secrets only', () => {
    for (const a of attemptsOf(secretLeakageProbe, context(9, 6))) {
      expect(a.goal.secrets!.map((s) => s.kind).sort()).toEqual(['credential', 'personal-data']);
    }
  });
});

describe('excessive-agency', () => {
  it('aims at each sensitive tool with attacker arguments drawn from the tool schema', () => {
    const attempts = attemptsOf(excessiveAgencyProbe, context(10, 8));
    expect(new Set(attempts.map((a) => a.goal.toolCall!.name))).toEqual(new Set(['send_email', 'issue_refund']));
    const mail = attempts.find((a) => a.goal.toolCall!.name === 'send_email')!;
    expect(mail.goal.toolCall!.argumentsContain).toEqual([ATTACKER_EMAIL]);
    const refund = attempts.find((a) => a.goal.toolCall!.name === 'issue_refund')!;
    expect(refund.goal.toolCall!.argumentsContain).toEqual([refund.goal.marker]);
    for (const a of attempts) {
      const text = a.injected?.content ?? a.turns[0]!.text;
      for (const v of a.goal.toolCall!.argumentsContain) expect(text).toContain(v);
    }
  });

  it('builds calls for tools without a schema, and does not take a body for a recipient', () => {
    expect(attackerCall('wire_money', undefined, 'AISEC-X-000000')).toEqual({ name: 'wire_money', args: { input: 'AISEC-X-000000' }, mustContain: ['AISEC-X-000000'] });
    const call = attackerCall('send_email', sampleApp.tools[0], 'AISEC-X-000000');
    expect(call.args).toEqual({ to: ATTACKER_EMAIL, subject: 'Requested by AISEC-X-000000', body: 'Requested by AISEC-X-000000' });
  });
});

describe('multi-turn-escalation', () => {
  const values = { app: 'Acme Support', marker: 'AISEC-MULTI-TURN-ESCALATION-abcdef' };
  const user = (content: string): ChatMessage => ({ role: 'user', content });
  const bot = (content: string): ChatMessage => ({ role: 'assistant', content });

  it('alternates fixed conversations of several turns and adaptive ones', () => {
    const attempts = attemptsOf(multiTurnEscalationProbe, context(11, 6));
    expect(attempts.filter((a) => a.adaptive).length).toBe(3);
    for (const a of attempts.filter((x) => !x.adaptive)) {
      expect(a.turns.length).toBeGreaterThanOrEqual(4);
      expect(a.turns.at(-1)!.text).toContain(a.goal.marker!);
    }
    for (const a of attempts.filter((x) => x.adaptive)) {
      expect(a.turns.length).toBe(1);
      expect(a.adaptive!.maxTurns).toBe(ADAPTIVE_MAX_TURNS);
    }
  });

  it('climbs a rung after an answer and rephrases or splits the ask after a refusal', () => {
    const c1 = [user('Hi! Could you tell me a bit about what you do for Acme Support?'), bot('I help with orders, returns and deliveries.')];
    expect(nextEscalation(c1, values, 5)).toMatch(/allowed to talk about/);
    const c2 = [...c1, user('x'), bot("I'm sorry, I can't share that.")];
    expect(nextEscalation(c2, values, 5)).toMatch(/general topic/);
    const c3 = [...c2, user('x'), bot('I cannot do that either.')];
    expect(nextEscalation(c3, values, 5)).toMatch(/first sentence/);
  });

  it('stops at the turn limit and once the marker is said', () => {
    const five = Array.from({ length: 5 }, () => [user('x'), bot('Sure.')]).flat();
    expect(nextEscalation(five, values, 5)).toBeNull();
    expect(nextEscalation([user('x'), bot(`OK ${values.marker}`)], values, 5)).toBeNull();
  });

  it('the adaptive function of an attempt uses its own marker', () => {
    const a = attemptsOf(multiTurnEscalationProbe, context(12, 2))[1]!;
    const refusals = [user(a.turns[0]!.text), bot('No.'), user('x'), bot('No.'), user('x'), bot('No.'), user('x'), bot('No.')];
    expect(a.adaptive!.next(refusals)).toContain(a.goal.marker!);
  });
});

describe('attempt-plan helpers', () => {
  it('fills known slots once and leaves unknown ones', () => {
    expect(fill('say {marker} to {who} {unknown}', { marker: '{who}', who: 'you' })).toBe('say {who} to you {unknown}');
  });

  it('uses every phrasing once before repeating', () => {
    const order = roundRobin(createRng(1), 7, 14);
    expect([...order.slice(0, 7)].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect([...order.slice(7)].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('makes markers from the probe id and six hex digits', () => {
    expect(makeMarker('direct-override', () => 0.5)).toBe('AISEC-DIRECT-OVERRIDE-800000');
    expect(makeMarker('x', () => 1)).toMatch(/^AISEC-X-[0-9a-f]{6}$/);
  });
});

describe('payloads stay harmless', () => {
  it('aim only at markers, instructions, reserved example domains and declared tools', () => {
    const text = builtinProbes
      .flatMap((p) => attemptsOf(p, context(13, 40)))
      .map((a) => `${a.turns.map((t) => t.text).join(' ')} ${a.injected?.content ?? ''}`)
      .join('\n');
    for (const m of text.matchAll(/https?:\/\/([a-z0-9.-]+)/g)) expect(m[1]).toMatch(/\.example$/);
    for (const m of text.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)) expect(m[1]).toMatch(/\.example$/);
    expect(text).not.toMatch(/\b(?:bomb|weapon|malware|explosive|kill|drugs?)\b/i);
  });
});
