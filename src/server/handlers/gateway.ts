/**
 * The model controls of the gateway named by `--gateway-config`: the status every viewer may
 * read, and disable, restrict and enable (admin), written to the gateway's store with the
 * audit event the CLI writes. Running replicas apply a change within `control.pollMs`.
 */
import { z } from 'zod';
import { AisecError } from '../../core/errors.js';
import { checkServed, checkSubject, controlStatus, controlWarnings, setModelControl } from '../../gateway/index.js';
import type { GatewayControlState } from '../../store/index.js';
import { actorOf } from '../authenticate.js';
import { callerOf, ok, requireGlobal, type ApiContext, type ApiHandler, type ServedGateway } from '../api-context.js';
import { checkBody } from '../request-input.js';

function gatewayOf(ctx: ApiContext): ServedGateway {
  requireGlobal(ctx);
  const gateway = ctx.app.gateway;
  if (gateway === undefined) throw new AisecError('ERR_CONFIG_NOT_FOUND', 'This server was started without a gateway; start aisec serve with --gateway-config gateway.yaml to show and change its model controls.');
  return gateway;
}

/** GET /api/v1/gateway/controls: every configured or controlled name, with its state. */
export const gatewayStatus: ApiHandler = async (ctx) => {
  const gateway = gatewayOf(ctx);
  const status = controlStatus(gateway.config, await gateway.store.listGatewayControls());
  return ok({ controls: status.map(({ name, ...rest }) => ({ subject: name, ...rest })), models: status.map((m) => m.name) });
};

const ControlBody = z.object({ reason: z.string().max(2000).optional() }).strict();

function setControl(state: GatewayControlState): ApiHandler {
  return async (ctx) => {
    const body = checkBody(ControlBody, await ctx.body());
    const gateway = gatewayOf(ctx);
    const model = checkSubject(ctx.params.model, 'the model in the path');
    checkServed(gateway.config, model, false);
    const result = await setModelControl(gateway.store, undefined, model, state, { actor: actorOf(callerOf(ctx)), reason: body.reason ?? '' });
    return ok({ control: result.control, warnings: controlWarnings(gateway.config, model, state) });
  };
}

/** POST /api/v1/gateway/models/:model/disable {reason} */
export const disableModel = setControl('disabled');
/** POST /api/v1/gateway/models/:model/restrict {reason} */
export const restrictModel = setControl('restricted');
/** POST /api/v1/gateway/models/:model/enable {reason} */
export const enableModel = setControl('enabled');
