/**
 * The risk register as stored (the last `aisec risk list` or `aisec assess` brought it up to
 * date) and acceptance, with the validation of `aisec risk accept` (rationale, approver and an
 * expiry at most three years ahead are required).
 */
import { z } from 'zod';
import { AisecError } from '../../core/errors.js';
import { acceptStoredRisk } from '../../risk/index.js';
import { actorOf } from '../authenticate.js';
import { callerOf, ok, storedSystemOf, systemOf, type ApiHandler } from '../api-context.js';
import { checkBody } from '../request-input.js';

/** GET /api/v1/systems/:system/risks */
export const listRisks: ApiHandler = async (ctx) => {
  const system = await systemOf(ctx);
  const row = await system.store.getSystem(system.name);
  const entries = row === null ? [] : await system.store.listRegister(row.id);
  return ok({ system: system.name, risks: entries.map((e) => ({ ...e.entry, status: e.status, updatedAt: e.updatedAt })) });
};

// Types only: the values are checked by checkAcceptance, as for the CLI, so the messages are the same.
const AcceptBody = z
  .object({
    rationale: z.string().max(4000).optional(),
    approver: z.string().max(400).optional(),
    expiresAt: z.string().max(64).optional(),
  })
  .strict();

/** POST /api/v1/systems/:system/risks/:risk/accept {rationale, approver, expiresAt} */
export const acceptRisk: ApiHandler = async (ctx) => {
  const riskId = ctx.params.risk!;
  if (!/^R-[0-9a-f]{4,64}$/.test(riskId)) throw new AisecError('ERR_USAGE', 'The risk is named by its id (R- and hex digits, as GET …/risks shows it).');
  const body = checkBody(AcceptBody, await ctx.body());
  const { system, row } = await storedSystemOf(ctx);
  const risk = await acceptStoredRisk(system.store, row.id, riskId, { rationale: body.rationale, approver: body.approver, expires: body.expiresAt }, { actor: actorOf(callerOf(ctx)), now: ctx.app.now() });
  return ok(risk);
};
