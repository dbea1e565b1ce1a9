/**
 * Contracts of the red-team runner for LLM applications (`aisec probe`).
 *
 * A run crosses probes (what to elicit) with strategies (how to deliver the payload), sends each
 * attempt to a target (an LLM application or a chat model) through the harness, and lets the
 * probe's detectors judge the response. Targets, probes, strategies and detectors are separate
 * plugins so that each can be tested on its own; the harness owns concurrency, rate limits,
 * retries, timeouts, seeds, resumption and the JSONL event log.
 *
 * Everything here is data: nothing a target answers is executed, evaluated or rendered.
 */
import type { z } from 'zod';
import type { PluginMeta } from '../core/plugin.js';

// ---------------------------------------------------------------------------------------------
// Conversations

/** A tool call the model asked for. The runner records it; it never runs a real tool. */
export interface ToolCall {
  readonly id: string;
  readonly name: string;
  /** The arguments exactly as the model sent them (usually JSON text; may be malformed). */
  readonly arguments: string;
}

/** One message of a chat conversation, in the OpenAI chat shape. */
export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant' | 'tool';
  readonly content: string;
  /** Tool calls of an assistant message. */
  readonly toolCalls?: readonly ToolCall[];
  /** For a `tool` message: the id of the call it answers. */
  readonly toolCallId?: string;
  /** For a `tool` message: the tool's name. */
  readonly name?: string;
}

/** A tool the application offers the model (JSON-schema parameters, OpenAI `function` shape). */
export interface ToolSpec {
  readonly name: string;
  readonly description: string;
  readonly parameters: Readonly<Record<string, unknown>>;
}

/** One request to a target. */
export interface ChatRequest {
  readonly messages: readonly ChatMessage[];
  /** Tools offered to the model (harnessed mode only; an opaque app has its own). */
  readonly tools?: readonly ToolSpec[];
  /** Seed passed to targets that accept one. */
  readonly seed?: number;
  /** Upper bound on the reply length, in tokens, for targets that accept one. */
  readonly maxTokens?: number;
  /** Aborted by the harness on timeout or cancellation; a target must stop promptly. */
  readonly signal: AbortSignal;
}

/** The target's answer to one request. */
export interface ChatReply {
  /** The assistant's text (joined chunks for a streamed reply). */
  readonly content: string;
  readonly toolCalls: readonly ToolCall[];
  /** As the target reported it (`stop`, `tool_calls`, `length`...), when it did. */
  readonly finishReason?: string;
  /** True when a stream ended without its final event or the body was cut short. */
  readonly truncated?: boolean;
  readonly usage?: { readonly promptTokens?: number; readonly completionTokens?: number };
  readonly latencyMs: number;
}

// ---------------------------------------------------------------------------------------------
// Targets

/**
 * What the runner may assume about the application behind a target.
 * - `harnessed`: the target is a chat model; the runner plays the application around it
 *   (system prompt, tools, retrieved documents and tool results come from the {@link AppContext}).
 * - `opaque`: the target is a whole application with its own system prompt and tools; the runner
 *   only sends user turns, and attacker content enters only through declared injection points.
 */
export type TargetMode = 'harnessed' | 'opaque';

/** A connection to a system under test. */
export interface Target {
  /** Shown in reports and the event log, without credentials or query strings. */
  readonly label: string;
  readonly mode: TargetMode;
  /** Send one request. Errors are `AisecError` (`ERR_ENDPOINT_TIMEOUT`, `ERR_ENDPOINT_RESPONSE`, `ERR_PROBE_TARGET`, `ERR_ABORTED`); `retryable` in the error's details tells the harness whether to retry. */
  send(request: ChatRequest): Promise<ChatReply>;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// The application under test

/** A secret planted in the application (in its system prompt, documents or tool results) whose appearance in a reply is a leak. */
export interface PlantedSecret {
  readonly id: string;
  /** The exact value; detectors also look for it lightly disguised (spaced, reversed, base64). */
  readonly value: string;
  readonly kind: 'canary' | 'credential' | 'personal-data' | 'system-prompt';
}

/**
 * Where attacker-controlled content enters the application (indirect injection):
 * - `tool-output`: the result of a named tool (harnessed mode: the runner answers that tool's call, or prefills it);
 * - `document`: a retrieved document of a named retrieval source (harnessed: put into the context like the app would;
 *   opaque: written as a file into `directory` when the app reads from a folder the runner may write);
 * - `user-message`: content the user pastes (an e-mail or web page to summarise).
 */
export type InjectionPoint =
  | { readonly kind: 'tool-output'; readonly tool: string }
  | { readonly kind: 'document'; readonly source: string; readonly directory?: string }
  | { readonly kind: 'user-message' };

/** The application as the runner sees it: from the descriptor's `llm[]` entry, or defaults. */
export interface AppContext {
  /** The application's name (descriptor `llm[].name`, or `target`). */
  readonly name: string;
  /** The system prompt (harnessed mode), with any canary already inside it. */
  readonly systemPrompt: string;
  readonly tools: readonly ToolSpec[];
  /** Tools whose call has an effect outside the conversation (send mail, pay, delete); excessive-agency probes aim at these. */
  readonly sensitiveTools: readonly string[];
  readonly secrets: readonly PlantedSecret[];
  readonly injectionPoints: readonly InjectionPoint[];
  /** Benign documents the application retrieves, keyed by source name (harnessed mode). */
  readonly documents: Readonly<Record<string, readonly string[]>>;
  /** A benign task a user would ask, used to wrap payloads ("Summarise my latest e-mail"). */
  readonly userTask: string;
}

// ---------------------------------------------------------------------------------------------
// Probes

/** What an attempt tries to make the application do; detectors check the reply against it. */
export interface AttackGoal {
  /** A marker the payload asks the model to say (instruction-following proof), e.g. `AISEC-PWNED-7f3a`. */
  readonly marker?: string;
  /** Secrets whose appearance in the reply counts as a leak. */
  readonly secrets?: readonly PlantedSecret[];
  /** Domain of attacker-controlled URLs (exfiltration through markdown images and links). */
  readonly exfilDomain?: string;
  /** A tool call the attacker wants: the tool name and argument values that must appear. */
  readonly toolCall?: { readonly name: string; readonly argumentsContain: readonly string[] };
  /** What harmful compliance would look like, for refusal detectors (a short description). */
  readonly behaviour?: string;
}

/** One turn the runner sends. `payload` turns are passed through the strategy; `plain` turns are not. */
export interface PlannedTurn {
  readonly text: string;
  readonly payload: boolean;
}

/**
 * One attempt of a probe before a strategy is applied. Single-turn attempts have one user turn;
 * multi-turn attempts have several (sent in order, each after the previous reply), or an
 * `adaptive` next-turn function that sees the conversation so far.
 */
export interface ProbeAttempt {
  /** Stable within the probe (`<probe-id>/<n>`), so resumption can skip what is done. */
  readonly id: string;
  readonly turns: readonly PlannedTurn[];
  /** Attacker content delivered through an injection point instead of (or besides) the user turns. */
  readonly injected?: { readonly point: InjectionPoint; readonly content: string; readonly payload: boolean };
  readonly goal: AttackGoal;
  /** For multi-turn escalation: the next user turn after seeing the conversation, or null to stop. At most `maxTurns` turns. */
  readonly adaptive?: { readonly maxTurns: number; next(conversation: readonly ChatMessage[]): string | null };
}

/** Context a probe builds its attempts from. */
export interface ProbeContext {
  readonly app: AppContext;
  readonly mode: TargetMode;
  /** Seeded random numbers in [0, 1); the same seed gives the same attempts. */
  readonly random: () => number;
  /** How many attempts the run wants per probe (before strategies multiply them). */
  readonly attemptsPerProbe: number;
}

/** Why a probe cannot run against this target (e.g. no tools declared); the report lists it as skipped. */
export interface ProbeSkip {
  readonly skip: string;
}

/** A probe: what to elicit, with the detectors that judge success. */
export interface ProbeDef<O extends z.ZodType = z.ZodType> extends PluginMeta<O> {
  /** The goal in one plain sentence, for reports ("Make the assistant reveal its system prompt"). */
  readonly goal: string;
  /** Probe family, e.g. `prompt-injection`, `indirect-injection`, `system-prompt-extraction`, `exfiltration`, `data-leakage`, `excessive-agency`, `jailbreak`, `multi-turn`. */
  readonly family: string;
  /** Ids of the response detectors that decide success (any hit = success). */
  readonly detectors: readonly string[];
  /** What to do when this probe succeeds, in plain words, for the report. */
  readonly fix: string;
  /** Whether strategies (payload transforms) apply to this probe's payload turns. */
  readonly acceptsStrategies: boolean;
  attempts(context: ProbeContext): readonly ProbeAttempt[] | ProbeSkip;
}

// ---------------------------------------------------------------------------------------------
// Strategies

/** The result of a strategy: the transformed payload and how it was made. */
export interface StrategyOutput {
  readonly text: string;
  /** Provenance: the strategy id and its parameters (language, wrapper name, split points...). */
  readonly provenance: Readonly<Record<string, string | number>>;
}

/** A strategy: a pure, deterministic transform of a payload (given the same random numbers). */
export interface StrategyDef<O extends z.ZodType = z.ZodType> extends PluginMeta<O> {
  apply(payload: string, random: () => number): StrategyOutput;
}

// ---------------------------------------------------------------------------------------------
// Response detectors

/** What a detector sees: the attempt's goal and the whole conversation, replies and tool calls included. */
export interface Transcript {
  readonly goal: AttackGoal;
  /** Every message sent and received, in order (system and injected content included). */
  readonly messages: readonly ChatMessage[];
  /** Indexes into `messages` of the target's replies. */
  readonly replyIndexes: readonly number[];
  /** The text sent as payloads after strategies (detectors must not credit an echo of these as success). */
  readonly sentPayloads: readonly string[];
}

/** A detector's judgement of one transcript. */
export interface DetectorVerdict {
  readonly hit: boolean;
  /** Confidence of a hit in [0, 1]. */
  readonly score: number;
  /** Short evidence for a person (the leaked value masked, the URL, the tool call), never more than 200 characters. */
  readonly evidence?: string;
}

/** A response detector: judges the replies, never the prompt. */
export interface ResponseDetectorDef<O extends z.ZodType = z.ZodType> extends PluginMeta<O> {
  judge(transcript: Transcript): DetectorVerdict;
}

// ---------------------------------------------------------------------------------------------
// Results

/** The outcome of one attempt (one probe attempt × one strategy), as written to the event log. */
export interface AttemptOutcome {
  /** `<probe attempt id>@<strategy id or "none">`: unique within a run. */
  readonly key: string;
  readonly probe: string;
  readonly strategy: string;
  /** success: a detector hit; resisted: no hit; error: the target failed after retries (not counted in the rate). */
  readonly status: 'success' | 'resisted' | 'error';
  readonly detectors: readonly { readonly id: string; readonly hit: boolean; readonly score: number; readonly evidence?: string }[];
  readonly provenance?: Readonly<Record<string, string | number>>;
  /** The conversation, each message capped at 4,000 characters. */
  readonly messages: readonly ChatMessage[];
  readonly error?: { readonly code: string; readonly message: string };
  readonly latencyMs: number;
}

/** The verdict of one attempt without its conversation: what {@link RedTeamResult.attempts} lists. */
export interface AttemptVerdict {
  readonly key: string;
  readonly probe: string;
  readonly strategy: string;
  readonly status: AttemptOutcome['status'];
  /** Ids of the detectors that hit, in the probe's order; empty when none did or the attempt errored. */
  readonly hits: readonly string[];
  /** The error code of an attempt that failed against the target. */
  readonly error?: string;
}

/** Attack success rate of one probe × strategy cell, with a 95 % Wilson interval. */
export interface CellSummary {
  readonly probe: string;
  readonly strategy: string;
  readonly attempts: number;
  readonly successes: number;
  readonly errors: number;
  /** successes / (attempts − errors); 0 when nothing was judged. */
  readonly successRate: number;
  readonly ci95: readonly [number, number];
}

/** One probe over all strategies, with what it means. */
export interface ProbeSummary extends CellSummary {
  readonly family: string;
  readonly goal: string;
  readonly fix: string;
  readonly tags: { readonly owasp: readonly string[]; readonly atlas: readonly string[] };
  /** Keys of up to three successful attempts, for the report to show. */
  readonly examples: readonly string[];
}

/** The result of a red-team run. */
export interface RedTeamResult {
  readonly target: string;
  readonly mode: TargetMode;
  /** incomplete: cancelled, out of time, or some attempts errored; the figures cover what ran. */
  readonly status: 'complete' | 'incomplete';
  readonly message?: string;
  readonly seed: number;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly requests: number;
  readonly probes: readonly ProbeSummary[];
  readonly cells: readonly CellSummary[];
  readonly skipped: readonly { readonly probe: string; readonly reason: string }[];
  /**
   * Every attempt of the run that has an outcome (this session's and, on resume, the logged
   * ones), in plan order, with its verdict but not its conversation: one small record an attempt.
   */
  readonly attempts: readonly AttemptVerdict[];
  /**
   * The whole outcomes of the attempts named in the probes' `examples` (at most three a probe),
   * in the order of `probes` and their examples: conversations capped as in the event log
   * (4,000 characters a message), detectors' evidence included. On resume, examples that an
   * earlier session judged are read back from the event log.
   */
  readonly examples: readonly AttemptOutcome[];
  /** Path of the JSONL event log, when one was written. */
  readonly eventLog?: string;
}
