/**
 * The monitor of one model: the key states (a least-recently-used map of at most `maxKeys`),
 * the sanctions alarms put on keys (block, restrict, throttle, each until a time), and when each
 * key last opened an incident. Sanctions live apart from the key states, so forgetting a quiet
 * key's statistics never lifts its block; they too are bounded by `maxKeys` (expired ones go
 * first, then the oldest).
 */
import type { ExtractionAction } from '../config/sections/extraction.js';
import { KeyMonitor, type MonitorPlan } from './key-monitor.js';

/** What alarms have put on a key. */
export interface Sanction {
  blockUntil: number;
  restrictUntil: number;
  throttleUntil: number;
  minIntervalMs: number;
  /** When a throttled request was last let through. */
  lastAdmitted: number;
}

/** What the gateway must do with a key's request now. */
export type Admission = { readonly kind: 'block'; readonly retryAfterMs: number } | { readonly kind: 'throttle'; readonly retryAfterMs: number } | { readonly kind: 'restrict' } | undefined;

/** Strength of each action, weakest first. */
export const actionRank: Readonly<Record<ExtractionAction['action'], number>> = { alert: 0, throttle: 1, restrict: 2, block: 3 };

/** One model's monitor state. */
export class ModelMonitor {
  private readonly keys = new Map<string, KeyMonitor>();
  private readonly sanctions = new Map<string, Sanction>();
  private readonly incidents = new Map<string, number>();

  constructor(
    private plan: MonitorPlan,
    private fingerprint: string,
  ) {}

  /** Use a new plan (after a reload); key statistics start afresh when the monitor settings changed. */
  replan(plan: MonitorPlan, fingerprint: string): void {
    if (fingerprint !== this.fingerprint) this.keys.clear();
    this.plan = plan;
    this.fingerprint = fingerprint;
  }

  get current(): MonitorPlan {
    return this.plan;
  }

  /** Keys tracked now. */
  get trackedKeys(): number {
    return this.keys.size;
  }

  /** Keys with a sanction in force at `now`. */
  sanctioned(now: number): number {
    let n = 0;
    for (const s of this.sanctions.values()) if (s.blockUntil > now || s.restrictUntil > now || s.throttleUntil > now) n++;
    return n;
  }

  /** Approximate bytes held by the key states. */
  bytes(): number {
    let total = 0;
    for (const k of this.keys.values()) total += k.bytes;
    return total + this.sanctions.size * 120 + this.incidents.size * 80;
  }

  /** The state of `key`, made (and the least recently used forgotten) when needed, or restarted after the window. */
  stateOf(key: string, now: number): KeyMonitor {
    const config = this.plan.config;
    let state = this.keys.get(key);
    if (state !== undefined) {
      this.keys.delete(key);
      if (now - state.startedAt >= config.windowSeconds * 1000) state = undefined;
    }
    state ??= new KeyMonitor(this.plan, now);
    this.keys.set(key, state);
    while (this.keys.size > config.maxKeys) this.keys.delete(this.keys.keys().next().value!);
    return state;
  }

  /** The state of `key` when tracked (no side effects). */
  peek(key: string): KeyMonitor | undefined {
    return this.keys.get(key);
  }

  /** Forget a key's statistics and sanctions (admin). True when there was something. */
  forget(key: string): boolean {
    const stats = this.keys.delete(key);
    const sanction = this.sanctions.delete(key);
    this.incidents.delete(key);
    return stats || sanction;
  }

  /** What to do with a request of `key` at `now` (a throttled request let through is counted). */
  admit(key: string, now: number): Admission {
    const s = this.sanctions.get(key);
    if (s === undefined) return undefined;
    if (s.blockUntil > now) return { kind: 'block', retryAfterMs: s.blockUntil - now };
    if (s.throttleUntil > now) {
      const next = s.lastAdmitted + s.minIntervalMs;
      if (now < next) return { kind: 'throttle', retryAfterMs: next - now };
      s.lastAdmitted = now;
    }
    if (s.restrictUntil > now) return { kind: 'restrict' };
    if (s.blockUntil <= now && s.throttleUntil <= now && s.restrictUntil <= now) this.sanctions.delete(key);
    return undefined;
  }

  /** Whether `key` is restricted to labels at `now`. */
  restricted(key: string, now: number): boolean {
    return (this.sanctions.get(key)?.restrictUntil ?? 0) > now;
  }

  /** Whether `key` is blocked at `now`. */
  blocked(key: string, now: number): boolean {
    return (this.sanctions.get(key)?.blockUntil ?? 0) > now;
  }

  /** Put `action` on `key` from `now`; returns when it ends (undefined for alert). */
  sanction(key: string, action: ExtractionAction, now: number): number | undefined {
    if (action.action === 'alert') return undefined;
    let s = this.sanctions.get(key);
    if (s === undefined) {
      s = { blockUntil: 0, restrictUntil: 0, throttleUntil: 0, minIntervalMs: 0, lastAdmitted: now };
      this.sanctions.set(key, s);
      this.bound(this.sanctions, now);
    }
    const until = now + action.seconds * 1000;
    if (action.action === 'block') s.blockUntil = Math.max(s.blockUntil, until);
    else if (action.action === 'restrict') s.restrictUntil = Math.max(s.restrictUntil, until);
    else {
      s.throttleUntil = Math.max(s.throttleUntil, until);
      s.minIntervalMs = Math.max(s.throttleUntil > now && s.minIntervalMs > 0 ? s.minIntervalMs : 0, action.minIntervalMs);
      s.lastAdmitted = now;
    }
    return until;
  }

  /** True (and remembered) when `key` may open an incident at `now`: none within the cooldown. */
  incidentDue(key: string, now: number): boolean {
    const last = this.incidents.get(key);
    if (last !== undefined && now - last < this.plan.config.cooldownSeconds * 1000) return false;
    this.incidents.delete(key);
    this.incidents.set(key, now);
    while (this.incidents.size > this.plan.config.maxKeys) this.incidents.delete(this.incidents.keys().next().value!);
    return true;
  }

  private bound(map: Map<string, Sanction>, now: number): void {
    const max = this.plan.config.maxKeys;
    if (map.size <= max) return;
    for (const [k, s] of map) if (s.blockUntil <= now && s.restrictUntil <= now && s.throttleUntil <= now) map.delete(k);
    while (map.size > max) map.delete(map.keys().next().value!);
  }
}
