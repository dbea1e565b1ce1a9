/**
 * The `signature` of a model or dataset entry: where its signature bundle is, which public key
 * must have made it, and (when one signature covers several assets) which folder it signs.
 * `aisec assess` verifies it and reports a failure or a missing bundle.
 */
import { z } from 'zod';
import { RelativePathSchema } from './schema-primitives.js';

/** A declared signature of a model or dataset. */
export const SignatureRefSchema = z
  .strictObject({
    bundle: RelativePathSchema.optional().describe(
      'Signature bundle from `aisec sign` or model_signing, relative to aisec.yaml. Default: model.sig in the signed folder, or <file>.sig beside a single signed file.',
    ),
    signed: RelativePathSchema.optional().describe(
      'The folder (or file) the signature covers, relative to aisec.yaml, when it covers more than this asset: e.g. `data` for one signature over the folder holding the train, eval and reference files. It must contain the asset. Assets declaring the same signature are verified once. Default: the asset\'s own path.',
    ),
    publicKey: RelativePathSchema.describe('PEM public key the bundle must be signed with, relative to aisec.yaml.'),
  })
  .describe('A signature (OpenSSF model signing format) the asset must carry; aisec assess verifies it.');
/** A validated signature declaration. */
export type SignatureRef = z.output<typeof SignatureRefSchema>;
