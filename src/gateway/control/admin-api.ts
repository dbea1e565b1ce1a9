/**
 * The control part's admin API (calls arrive authenticated with the admin scope):
 *
 *   GET  /admin/models                              every model and route id with its state
 *   GET  /admin/models/<name>                       one of them
 *   POST /admin/models/<name>/disable|restrict|review|enable   body { "reason"?, "force"? }
 *   GET  /admin/reviews?status=pending&model=&limit=           the review queue, oldest first
 *   GET  /admin/reviews/<id>                        one item, with the held answer
 *   POST /admin/reviews/<id>/approve|reject         body { "note"? }
 *
 * Path segments are percent-decoded (a model name with `/` is written `%2F`).
 */
import { z } from 'zod';
import { AisecError } from '../../core/errors.js';
import type { GatewayControlState, Store } from '../../store/index.js';
import type { GatewayConfig } from '../config/schema.js';
import type { AdminAnswer, AdminRequest } from '../pipeline/part.js';
import type { ControlTable } from './control-table.js';
import { checkServed, checkSubject } from './names.js';
import { checkReviewId, decideReview, showItem } from './review-queue.js';
import { setModelControl, type ControlBus } from './set-control.js';
import { controlStatus, controlWarnings } from './status.js';

/** What the admin API needs from the part. */
export interface ControlAdminDeps {
  readonly store: () => Promise<Store>;
  readonly bus: ControlBus | undefined;
  /** The configuration requests run on now. */
  readonly config: () => GatewayConfig;
  readonly table: () => ControlTable;
  /** Apply stored changes on this replica now. */
  readonly refresh: () => Promise<void>;
  readonly now: () => number;
}

const actions: Record<string, GatewayControlState> = { disable: 'disabled', restrict: 'restricted', review: 'review', enable: 'enabled' };

const ControlBodySchema = z.strictObject({
  reason: z.string().max(2000).optional(),
  force: z.boolean().optional(),
});
const DecisionBodySchema = z.strictObject({ note: z.string().max(4000).optional() });
const statuses = ['pending', 'approved', 'rejected', 'expired'] as const;

/** Split the admin path into percent-decoded segments (ERR_USAGE for a malformed one). */
function segmentsOf(path: string): string[] {
  const raw = path.split('/');
  if (raw.length > 1 && raw[raw.length - 1] === '') raw.pop();
  if (raw.length > 4) return [];
  return raw.map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      throw new AisecError('ERR_USAGE', 'The admin path has a malformed %-escape; percent-encode model names as in a URL.');
    }
  });
}

/** Parse an admin body against `schema`; ERR_USAGE naming the field. */
function body<S extends z.ZodType>(req: AdminRequest, schema: S): z.output<S> {
  const result = schema.safeParse(req.json());
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = issue.path.length > 0 ? issue.path.join('.') : 'the body';
  const message = issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : issue.message;
  throw new AisecError('ERR_USAGE', `Admin call body, ${where}: ${message}. Send a JSON object, e.g. {"reason": "…"}.`);
}

function takes(req: AdminRequest, method: 'GET' | 'POST'): void {
  if (req.method !== method) throw new AisecError('ERR_USAGE', `/admin/${req.path.slice(0, 200)} takes ${method}, not ${req.method.slice(0, 20)}.`);
}

/** Answer a control admin call, or undefined when the path is not the control part's. */
export async function controlAdmin(req: AdminRequest, deps: ControlAdminDeps): Promise<AdminAnswer | undefined> {
  const head = req.path.split('/', 1)[0];
  if (head !== 'models' && head !== 'reviews') return undefined;
  const segs = segmentsOf(req.path);
  if (segs.length === 0) return undefined;
  return head === 'models' ? models(req, segs, deps) : reviews(req, segs, deps);
}

async function models(req: AdminRequest, segs: string[], deps: ControlAdminDeps): Promise<AdminAnswer | undefined> {
  const config = deps.config();
  if (segs.length === 1) {
    takes(req, 'GET');
    await deps.refresh();
    return { status: 200, body: { models: controlStatus(config, deps.table().list()) } };
  }
  const name = checkSubject(segs[1], 'Admin call, model name');
  if (segs.length === 2) {
    takes(req, 'GET');
    await deps.refresh();
    const found = controlStatus(config, deps.table().list()).find((m) => m.name === name);
    if (found === undefined) throw new AisecError('ERR_ROUTE_NOT_FOUND', `No route serves "${name}" and no control names it.`);
    return { status: 200, body: found };
  }
  if (segs.length !== 3) return undefined;
  const state = Object.hasOwn(actions, segs[2]!) ? actions[segs[2]!] : undefined;
  if (state === undefined) return undefined;
  takes(req, 'POST');
  const given = body(req, ControlBodySchema);
  checkServed(config, name, given.force ?? false);
  const result = await setModelControl(await deps.store(), deps.bus, name, state, { actor: `admin:${req.principal.id}`, reason: given.reason ?? '' });
  await deps.refresh();
  return { status: 200, body: { control: result.control, published: result.published ?? null, warnings: controlWarnings(config, name, state) } };
}

async function reviews(req: AdminRequest, segs: string[], deps: ControlAdminDeps): Promise<AdminAnswer | undefined> {
  const now = deps.now();
  const store = await deps.store();
  if (segs.length === 1) {
    takes(req, 'GET');
    const status = req.query.get('status') ?? undefined;
    if (status !== undefined && !(statuses as readonly string[]).includes(status)) throw new AisecError('ERR_USAGE', `status takes ${statuses.join(', ')}, not ${JSON.stringify(status.slice(0, 40))}.`);
    const model = req.query.get('model') ?? undefined;
    if (model !== undefined) checkSubject(model, 'Admin call, model');
    const limitText = req.query.get('limit') ?? '100';
    const limit = /^[0-9]{1,4}$/.test(limitText) ? Number(limitText) : Number.NaN;
    if (!(limit >= 1 && limit <= 1000)) throw new AisecError('ERR_USAGE', `limit takes a whole number from 1 to 1000, not ${JSON.stringify(limitText.slice(0, 40))}.`);
    // Pending items past their time are expired first, so a pending list holds only decidable ones.
    await store.expireReviewItems(new Date(now));
    const items = await store.listReviewItems({ ...(status === undefined ? {} : { status: status as (typeof statuses)[number] }), ...(model === undefined ? {} : { model }), limit });
    return { status: 200, body: { reviews: items.map((i) => showItem(i, now)) } };
  }
  const id = checkReviewId(segs[1], 'Admin call, review id');
  if (segs.length === 2) {
    takes(req, 'GET');
    const item = await store.getReviewItem(id);
    if (item === null) throw new AisecError('ERR_REVIEW_NOT_FOUND', `No review item has the id ${id}.`);
    return { status: 200, body: showItem(item, now) };
  }
  if (segs.length !== 3 || (segs[2] !== 'approve' && segs[2] !== 'reject')) return undefined;
  takes(req, 'POST');
  const given = body(req, DecisionBodySchema);
  const item = await decideReview(store, id, segs[2] === 'approve' ? 'approved' : 'rejected', { actor: `admin:${req.principal.id}`, at: new Date(now), ...(given.note === undefined ? {} : { note: given.note }) });
  return { status: 200, body: showItem(item, now) };
}
