/**
 * A deterministic chat-model simulator for demos and tests of the red-team runner, and an
 * OpenAI-compatible HTTP server in front of it. Not a language model: a rule set that obeys
 * injected instructions the way weak models do (profile `weak`) or resists them (`hardened`).
 */
export {
  createWeakModelSimulator,
  simulatorProfiles,
  ROLE_PLAY_YIELD_RATE,
  ESCALATION_TURNS,
  type ChatSimulator,
  type SimulatorProfile,
  type SimulatorReply,
  type SimulatorRequest,
  type WeakModelOptions,
} from './weak-model.js';
export { serveChatSimulator, DEFAULT_MAX_BODY_BYTES, type ChatSimulatorServer, type ServeChatSimulatorOptions } from './chat-server.js';
