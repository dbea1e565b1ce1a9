/**
 * Which target a red-team run of an LLM part talks to, in this order:
 *
 * 1. an explicit target (`--target URL --model NAME`, or `--http-template FILE`);
 * 2. the built-in chat simulator, when the part's `provider` is `simulator`: started on
 *    127.0.0.1 on a free port, reached over real HTTP like any OpenAI-compatible server
 *    (harnessed mode), and stopped after the run. Its model name picks the profile
 *    (`aisec-simulator-hardened` → hardened, anything else → weak). An endpoint that `serves`
 *    such a part only says where the simulator would listen in a deployment, so the runner
 *    starts its own rather than depend on one being up;
 * 3. the endpoint that `serves` the part (an OpenAI-compatible base URL), when live traffic is
 *    allowed (`aisec probe`, or `aisec assess --tests quick|full`).
 *
 * Otherwise the part is skipped with a reason the report shows.
 */
import type { LlmComponent, SystemDescriptor } from '../../config/index.js';
import { AisecError } from '../../core/errors.js';
import {
  createHttpTemplateTarget,
  createOpenAiChatTarget,
  createWeakModelSimulator,
  serveChatSimulator,
  type HttpTemplateTargetOptions,
  type Target,
  type TargetMode,
} from '../../redteam/index.js';
import { readTemplateFile } from './http-template-file.js';
import { assertReachable } from './reachable.js';
import { llmLocation, type RedTeamSubject } from './subject.js';

/** A target given on the command line. */
export type ExplicitTarget =
  | {
      readonly kind: 'url';
      /** OpenAI-compatible base URL, ending in /v1. */
      readonly baseUrl: string;
      /** The model the endpoint serves; default the LLM part's `model`. */
      readonly model?: string;
      readonly apiKeyEnv?: string;
      readonly mode?: TargetMode;
      readonly stream?: boolean;
    }
  | {
      readonly kind: 'http-template';
      /** Path of the template file (JSON or YAML). */
      readonly file: string;
      readonly mode?: TargetMode;
    };

/** A target ready to use, what it is about, and how to let it go. */
export interface OpenedTarget {
  readonly target: Target;
  readonly subject: RedTeamSubject;
  /** Credentials the target sends, to scrub from anything shown. */
  readonly secrets: readonly string[];
  close(): Promise<void>;
}

/** Why a part gets no target. */
export interface TargetSkip {
  readonly skip: { readonly code: string; readonly message: string; readonly path: string };
}

/** What {@link openTarget} needs. */
export interface OpenTargetOptions {
  readonly explicit?: ExplicitTarget;
  /** May the runner call an endpoint the descriptor declares? (`aisec assess` only with --tests.) */
  readonly allowEndpoints: boolean;
  /** API key variable for a declared endpoint. */
  readonly apiKeyEnv?: string;
  readonly mode?: TargetMode;
  readonly stream?: boolean;
  readonly seed: number;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly signal?: AbortSignal;
}

/** The profile of the simulator a model name asks for. */
export function simulatorProfileOf(model: string): 'weak' | 'hardened' {
  return /hardened/iu.test(model) ? 'hardened' : 'weak';
}

/** A URL as a location: origin and path, no query or credentials. */
function locationOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname.replace(/\/+$/u, '')}`;
  } catch {
    return url;
  }
}

/** Values of the environment variables a target's headers and key refer to. */
function secretValues(env: OpenTargetOptions['env'], apiKeyEnv: string | undefined, headers: Readonly<Record<string, string>> | undefined): string[] {
  const names = new Set<string>(apiKeyEnv === undefined ? [] : [apiKeyEnv]);
  for (const value of Object.values(headers ?? {})) for (const m of value.matchAll(/\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/gu)) names.add(m[1]!);
  return [...names].map((n) => env[n]).filter((v): v is string => v !== undefined && v !== '');
}

async function openExplicit(explicit: ExplicitTarget, part: LlmComponent | undefined, options: OpenTargetOptions): Promise<OpenedTarget> {
  if (explicit.kind === 'url') {
    const model = explicit.model ?? part?.model;
    if (model === undefined) throw new AisecError('ERR_USAGE', `--target ${explicit.baseUrl} needs --model NAME: the model the endpoint serves (e.g. llama3.2, gpt-4o-mini).`);
    const target = createOpenAiChatTarget({
      baseUrl: explicit.baseUrl,
      model,
      mode: explicit.mode ?? 'harnessed',
      env: options.env,
      ...(explicit.apiKeyEnv !== undefined ? { apiKeyEnv: explicit.apiKeyEnv } : {}),
      ...(explicit.stream === true ? { stream: true } : {}),
    });
    await assertReachable(explicit.baseUrl, `curl ${locationOf(explicit.baseUrl)}/models`, undefined, options.signal);
    const location = locationOf(explicit.baseUrl);
    return { target, subject: subjectFor(part, location, 'url'), secrets: secretValues(options.env, explicit.apiKeyEnv, undefined), close: () => target.close() };
  }
  const template: HttpTemplateTargetOptions = await readTemplateFile(explicit.file);
  const target = createHttpTemplateTarget({ ...template, env: options.env, ...(explicit.mode !== undefined ? { mode: explicit.mode } : {}) });
  await assertReachable(template.url, `curl -X ${template.method ?? 'POST'} ${locationOf(template.url)}`, undefined, options.signal);
  return {
    target,
    subject: subjectFor(part, locationOf(template.url), 'http-template'),
    secrets: secretValues(options.env, template.apiKeyEnv, template.headers),
    close: () => target.close(),
  };
}

function subjectFor(part: LlmComponent | undefined, url: string, via: RedTeamSubject['via']): RedTeamSubject {
  if (part === undefined) return { name: url, location: url, identity: url, via };
  return { name: part.name, location: llmLocation(part.name), identity: llmLocation(part.name), via, asset: part.name };
}

/** Start the built-in simulator for `part` and a target that talks to it over HTTP. */
async function openSimulator(part: LlmComponent, options: OpenTargetOptions): Promise<OpenedTarget> {
  const server = await serveChatSimulator(createWeakModelSimulator({ seed: options.seed, profile: simulatorProfileOf(part.model) }), { model: part.model });
  try {
    const target = createOpenAiChatTarget({ baseUrl: server.url, model: part.model, mode: 'harnessed', label: `built-in simulator (${part.model})`, env: {} });
    return {
      target,
      subject: subjectFor(part, '', 'simulator'),
      secrets: [],
      close: async () => {
        await target.close();
        await server.close();
      },
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}

/**
 * Open the target of `part` (or of the explicit target alone when `part` is undefined).
 * Throws ERR_PROBE_TARGET for a target that cannot work (unreachable, a missing key variable,
 * a bad template); returns a skip for a part that is not to be called.
 */
export async function openTarget(part: LlmComponent | undefined, descriptor: SystemDescriptor | undefined, options: OpenTargetOptions): Promise<OpenedTarget | TargetSkip> {
  if (options.explicit !== undefined) return openExplicit(options.explicit, part, options);
  if (part === undefined) throw new Error('openTarget needs a part or an explicit target');
  if (part.provider.toLowerCase() === 'simulator') return openSimulator(part, options);
  const endpoint = descriptor?.endpoints.find((e) => e.serves === part.name);
  const where = llmLocation(part.name);
  if (endpoint === undefined) {
    return { skip: { path: where, code: 'not-queryable', message: `LLM part "${part.name}" was not red-teamed: no endpoint in aisec.yaml serves it (endpoints[].serves). Run \`aisec probe --llm ${part.name} --target URL --model ${part.model}\` against where it is served.` } };
  }
  const url = locationOf(endpoint.url);
  if (!options.allowEndpoints) {
    return { skip: { path: url, code: 'endpoint-not-called', message: `LLM part "${part.name}" is served by endpoint "${endpoint.name}" (${url}); assess sends attacks to a live endpoint only with --tests quick or --tests full (or run \`aisec probe --llm ${part.name}\`).` } };
  }
  const apiKeyEnv = options.apiKeyEnv;
  if (endpoint.auth !== 'none' && apiKeyEnv === undefined && options.explicit === undefined) {
    // Without a key the endpoint answers 401 to every attempt; say so before sending any.
    return { skip: { path: url, code: 'no-credentials', message: `LLM part "${part.name}" is served by endpoint "${endpoint.name}" (${url}, auth: ${endpoint.auth}); name the environment variable holding its key with --api-key-env VAR.` } };
  }
  return openExplicit({ kind: 'url', baseUrl: endpoint.url, model: part.model, ...(apiKeyEnv !== undefined ? { apiKeyEnv } : {}), ...(options.mode !== undefined ? { mode: options.mode } : {}), ...(options.stream === true ? { stream: true } : {}) }, part, options);
}
