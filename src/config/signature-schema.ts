/**
 * The `signature` of a model or dataset entry: where its signature bundle is and which public
 * key must have made it. `aisec assess` verifies it and reports a failure or a missing bundle.
 */
import { z } from 'zod';
import { RelativePathSchema } from './schema-primitives.js';

/** A declared signature of a model or dataset. */
export const SignatureRefSchema = z
  .strictObject({
    bundle: RelativePathSchema.optional().describe(
      'Signature bundle from `aisec sign` or model_signing, relative to aisec.yaml. Default: model.sig in the asset folder, or <file>.sig beside a single file.',
    ),
    publicKey: RelativePathSchema.describe('PEM public key the bundle must be signed with, relative to aisec.yaml.'),
  })
  .describe('A signature (OpenSSF model signing format) the asset must carry; aisec assess verifies it.');
/** A validated signature declaration. */
export type SignatureRef = z.output<typeof SignatureRefSchema>;
