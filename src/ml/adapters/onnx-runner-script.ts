/**
 * The program of the child process that runs an ONNX model (see onnx-process.ts), as source
 * text for `node --input-type=module -e`: a model file is untrusted, and onnxruntime runs it on
 * the thread that calls it, so a model that computes forever or crashes the runtime must do so
 * in a process of its own that the adapter can kill, never in the caller's.
 *
 * Arguments: the path of onnxruntime-node's entry file, the model path, intra-op threads.
 * Messages in: { type: 'run', id, input: { name, type, data, dims }, fetch: [names] }.
 * Messages out: { type: 'loaded', inputs, outputs } once, then { type: 'result', id, outputs }
 * or { type: 'error', id, message } per run ({ type: 'error', id: 0 } when loading fails).
 * The process ends when the parent disconnects.
 */
export const ONNX_RUNNER_SCRIPT = String.raw`
import { createRequire } from 'node:module';

const [ortPath, modelPath, threadsText] = process.argv.slice(1);
const send = (message) => new Promise((resolve) => {
  try {
    process.send(message, undefined, undefined, () => resolve());
  } catch {
    resolve();
  }
});
const describe = (error) => String((error && error.message) || error).slice(0, 2000);
const plain = (m) => (m.isTensor ? { name: m.name, isTensor: true, type: m.type, shape: Array.from(m.shape) } : { name: m.name, isTensor: false });
process.on('disconnect', () => process.exit(0));

let ort;
let session;
try {
  ort = createRequire(ortPath)(ortPath);
  session = await ort.InferenceSession.create(modelPath, {
    executionProviders: ['cpu'],
    graphOptimizationLevel: 'all',
    intraOpNumThreads: Number(threadsText),
    interOpNumThreads: 1,
    executionMode: 'sequential',
    logSeverityLevel: 3,
  });
} catch (error) {
  await send({ type: 'error', id: 0, message: describe(error) });
  process.exit(0);
}

process.on('message', async (message) => {
  if (!message || message.type !== 'run') return;
  try {
    const { input } = message;
    const feeds = { [input.name]: new ort.Tensor(input.type, input.data, input.dims) };
    const result = await session.run(feeds, message.fetch);
    const outputs = {};
    for (const name of message.fetch) {
      const tensor = result[name];
      outputs[name] = { type: tensor.type, dims: Array.from(tensor.dims), data: tensor.data };
    }
    await send({ type: 'result', id: message.id, outputs });
  } catch (error) {
    await send({ type: 'error', id: message.id, message: describe(error) });
  }
});
await send({ type: 'loaded', inputs: session.inputMetadata.map(plain), outputs: session.outputMetadata.map(plain) });
`;
