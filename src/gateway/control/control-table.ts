/**
 * The controls in force, in memory: what the request path looks up. Only subjects that are not
 * `enabled` are kept, so a gateway with no control in force answers "nothing applies" with one
 * size check.
 */
import type { GatewayControl, GatewayControlState } from '../../store/index.js';

/** The controls that apply to one request (by its route id and its model name). */
export interface EffectiveControl {
  readonly disabled: GatewayControl | undefined;
  readonly restricted: GatewayControl | undefined;
  readonly review: GatewayControl | undefined;
}

/** An immutable snapshot of the controls, at one control change number. */
export class ControlTable {
  /** The control change number this snapshot reflects. */
  readonly version: number;
  readonly #active: ReadonlyMap<string, GatewayControl>;
  readonly #all: ReadonlyMap<string, GatewayControl>;

  constructor(controls: readonly GatewayControl[], version: number) {
    this.version = version;
    this.#all = new Map(controls.map((c) => [c.subject, c]));
    this.#active = new Map(controls.filter((c) => c.state !== 'enabled').map((c) => [c.subject, c]));
  }

  /** How many subjects have a control other than `enabled`. */
  get size(): number {
    return this.#active.size;
  }

  /** The stored control of a subject (enabled ones too), if any. */
  get(subject: string): GatewayControl | undefined {
    return this.#all.get(subject);
  }

  /** The state of a subject (`enabled` when none is stored). */
  state(subject: string): GatewayControlState {
    return this.#all.get(subject)?.state ?? 'enabled';
  }

  /** Every stored control. */
  list(): GatewayControl[] {
    return [...this.#all.values()];
  }

  /**
   * The controls that apply to a request of route `routeId` for `model`: a control on either
   * name applies. Disabled wins; restricted and review can both apply (from the two names).
   */
  effective(routeId: string, model: string | undefined): EffectiveControl | undefined {
    if (this.#active.size === 0) return undefined;
    const a = this.#active.get(routeId);
    const b = model === undefined || model === routeId ? undefined : this.#active.get(model);
    if (a === undefined && b === undefined) return undefined;
    const pick = (state: GatewayControlState) => (a?.state === state ? a : b?.state === state ? b : undefined);
    return { disabled: pick('disabled'), restricted: pick('restricted'), review: pick('review') };
  }

  /** The subjects whose state differs between `before` and this table, with both states. */
  changesSince(before: ControlTable): { control: GatewayControl; previous: GatewayControlState }[] {
    const out: { control: GatewayControl; previous: GatewayControlState }[] = [];
    for (const control of this.#all.values()) {
      const old = before.get(control.subject);
      if (old === undefined || old.version !== control.version) {
        out.push({ control, previous: old?.state ?? 'enabled' });
      }
    }
    return out.sort((x, y) => x.control.version - y.control.version);
  }
}
