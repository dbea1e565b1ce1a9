/**
 * Chain the stage hooks of several parts into one {@link GatewayStages}: for each hook, the parts
 * that have it run in list order. A hook no part has stays absent, so it costs nothing on the
 * hot path. Only one part may authenticate.
 */
import { AisecError } from '../../core/errors.js';
import { parseJsonBody } from '../http/json-body.js';
import type { AdminAnswer, AdminRequest, ClientCall, GatewayEvent, GatewayPart, PartHealth } from './part.js';
import { isRelease, type AuditRecord, type GatewayRequest, type GatewayStages, type PredictionAnswer, type RequestGuardResult, type ResponseInspector } from './stages.js';

/** The parts as one. */
export interface ComposedParts {
  readonly stages: GatewayStages;
  /** Dispatch an admin call to the first part that answers it. */
  admin(req: AdminRequest): Promise<AdminAnswer | undefined>;
  /** Dispatch a client call (a path no route serves) to the first part that answers it; absent when no part takes such calls. */
  call?(req: ClientCall): Promise<AdminAnswer | undefined>;
  /** Deliver an event to every part's `onEvent`. */
  deliver(event: GatewayEvent): void;
  /** Each part's health, by part id. */
  health(): Record<string, PartHealth>;
  /** The parts' extra metrics text. */
  metrics(): string;
  /** Close every part (in reverse order, so the audit log, last, flushes what the others wrote). */
  close(): Promise<void>;
}

type Settle = (record: AuditRecord) => void;

/** Compose `parts` (in pipeline order). */
export function composeParts(parts: readonly GatewayPart[]): ComposedParts {
  const all = parts.map((p) => p.stages ?? {});
  const stages: GatewayStages = {};

  const authenticators = parts.filter((p) => p.stages?.authenticate);
  if (authenticators.length > 1) throw new AisecError('ERR_INTERNAL', `Only one gateway part may authenticate; ${authenticators.map((p) => p.id).join(' and ')} both do.`);
  if (authenticators[0]) stages.authenticate = authenticators[0].stages!.authenticate!.bind(authenticators[0].stages);

  const authorisers = all.filter((s) => s.authorise);
  if (authorisers.length === 1) stages.authorise = authorisers[0]!.authorise!.bind(authorisers[0]);
  else if (authorisers.length > 1) {
    // Synchronous while every authoriser answers at once (the usual case: keys, controls, the
    // audit log's fail-closed check); awaited from the first one that returns a promise.
    const from = async (req: GatewayRequest, pending: Promise<void>, next: number): Promise<void> => {
      await pending;
      for (let i = next; i < authorisers.length; i++) await authorisers[i]!.authorise!(req);
    };
    stages.authorise = (req) => {
      for (let i = 0; i < authorisers.length; i++) {
        const result = authorisers[i]!.authorise!(req);
        if (result instanceof Promise) return from(req, result, i + 1);
      }
      return undefined;
    };
  }

  const limiters = all.filter((s) => s.limit);
  if (limiters.length === 1) stages.limit = limiters[0]!.limit!.bind(limiters[0]);
  else if (limiters.length > 1) {
    stages.limit = async (req) => {
      const settles: Settle[] = [];
      try {
        for (const s of limiters) {
          const settle = await s.limit!(req);
          if (settle) settles.push(settle);
        }
      } catch (error) {
        // A later limiter refused: release what the earlier ones admitted (e.g. concurrency slots).
        const refused = { ...closedRecord(req), status: 429 };
        for (const settle of settles) settle(refused);
        throw error;
      }
      if (settles.length === 0) return undefined;
      if (settles.length === 1) return settles[0];
      return (record) => {
        for (const settle of settles) settle(record);
      };
    };
  }

  const guards = all.filter((s) => s.requestGuard);
  if (guards.length === 1) stages.requestGuard = guards[0]!.requestGuard!.bind(guards[0]);
  else if (guards.length > 1) {
    stages.requestGuard = async (req) => {
      let current: GatewayRequest = req;
      let replaced: RequestGuardResult;
      for (const s of guards) {
        const result = await s.requestGuard!(current);
        if (result) {
          replaced = result;
          let parsed: { value: unknown } | undefined;
          current = { ...current, body: result.body, json: () => (parsed ??= { value: parseJsonBody(result.body) }).value };
        }
      }
      return replaced;
    };
  }

  const predictors = all.filter((s) => s.prediction);
  if (predictors.length === 1) stages.prediction = predictors[0]!.prediction!.bind(predictors[0]);
  else if (predictors.length > 1) {
    stages.prediction = async (req, answer) => {
      let current: PredictionAnswer = answer;
      for (const s of predictors) {
        current = await s.prediction!(req, current);
        if (current.status < 200 || current.status >= 300) break;
      }
      return current;
    };
  }

  const inspectors = all.filter((s) => s.responseGuard);
  if (inspectors.length === 1) stages.responseGuard = inspectors[0]!.responseGuard!.bind(inspectors[0]);
  else if (inspectors.length > 1) {
    stages.responseGuard = (req, response) => {
      const active: ResponseInspector[] = [];
      for (const s of inspectors) {
        const inspector = s.responseGuard!(req, response);
        if (inspector) active.push(inspector);
      }
      if (active.length === 0) return undefined;
      if (active.length === 1) return active[0];
      return new ComposedInspector(active);
    };
  }

  const writers = all.filter((s) => s.writeAhead);
  if (writers.length === 1) stages.writeAhead = writers[0]!.writeAhead!.bind(writers[0]);
  else if (writers.length > 1) {
    stages.writeAhead = (record) => {
      for (const s of writers) s.writeAhead!(record);
    };
  }

  const auditors = all.filter((s) => s.audit);
  if (auditors.length === 1) stages.audit = auditors[0]!.audit!.bind(auditors[0]);
  else if (auditors.length > 1) {
    stages.audit = (record) => {
      for (const s of auditors) s.audit!(record);
    };
  }

  return {
    stages,
    admin: async (req) => {
      for (const part of parts) {
        const answer = await part.admin?.(req);
        if (answer !== undefined) return answer;
      }
      return undefined;
    },
    call: parts.some((p) => p.call)
      ? async (req) => {
          for (const part of parts) {
            const answer = await part.call?.(req);
            if (answer !== undefined) return answer;
          }
          return undefined;
        }
      : undefined,
    deliver: (event) => {
      for (const part of parts) part.onEvent?.(event);
    },
    health: () => Object.fromEntries(parts.filter((p) => p.health).map((p) => [p.id, p.health!()])),
    metrics: () => parts.map((p) => p.metrics?.() ?? '').filter((t) => t !== '').join(''),
    close: async () => {
      for (const part of [...parts].reverse()) await part.close?.();
    },
  };
}

/**
 * Several inspectors as one. Each inspector sees what the ones before it let through (so an
 * observer after a guard that holds bytes back sees them when they are released), and the last
 * one's output is sent. A class, so no closures are made per response.
 */
class ComposedInspector implements ResponseInspector {
  readonly watchOnly: boolean;

  constructor(private readonly active: readonly ResponseInspector[]) {
    this.watchOnly = active.every((i) => i.watchOnly === true);
  }

  chunk(bytes: Buffer): ReturnType<ResponseInspector['chunk']> {
    let current = bytes;
    let replaced = false;
    for (const i of this.active) {
      if (replaced && current.length === 0) break;
      const result = i.chunk(current);
      if (result === undefined) continue;
      if (!isRelease(result)) return result;
      current = result.send;
      replaced = true;
    }
    return replaced ? { send: current } : undefined;
  }

  end(): ReturnType<ResponseInspector['end']> {
    let pending: Buffer | undefined;
    for (const i of this.active) {
      if (pending !== undefined && pending.length > 0) {
        const result = i.chunk(pending);
        if (result !== undefined) {
          if (!isRelease(result)) return result;
          pending = result.send;
        }
      }
      const result = i.end();
      if (result === undefined) continue;
      if (!isRelease(result)) return result;
      pending = pending === undefined || pending.length === 0 ? result.send : Buffer.concat([pending, result.send]);
    }
    return pending === undefined ? undefined : { send: pending };
  }
}

/** A record for a request refused before it reached the upstream. */
function closedRecord(req: GatewayRequest): AuditRecord {
  return {
    id: req.id, at: new Date().toISOString(), route: req.route.id, endpoint: req.endpoint, model: req.model, principal: req.principal?.id, status: 0, code: undefined,
    streamed: false, aborted: false, durationMs: 0, configVersion: '', verdicts: req.verdicts, request: req,
  };
}
