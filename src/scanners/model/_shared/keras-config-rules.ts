import type { FindingInput } from '../../../core/finding.js';
import type { Severity } from '../../../core/severity.js';
import { lambdaBytecode, bytecodeNames } from './keras-config-lambda.js';
import { kerasFinding } from './keras-config-rules-text.js';

export { kerasRules, kerasFinding, type KerasRule } from './keras-config-rules-text.js';

/** Where a Keras configuration came from; decides how severe a Lambda is. */
export interface KerasRuleContext {
  /** `keras-v3`: a .keras archive (safe mode on by default); `h5`, `savedmodel`: legacy formats without it. */
  readonly source: 'keras-v3' | 'h5' | 'savedmodel';
  /** `keras_version` the file claims, for messages. */
  readonly kerasVersion?: string;
  /** Where the configuration sits (`config.json`, `model_config attribute`), for messages. */
  readonly where: string;
}

/** Objects visited at most in one configuration. */
export const MAX_CONFIG_NODES = 5_000_000;

/** Module prefixes of Keras itself and its official libraries. */
const KERAS_MODULES = ['keras', 'keras_hub', 'keras_nlp', 'keras_cv', 'keras_rs', 'tf_keras'];
/** Modules that run commands or code as soon as one of their functions is called. */
const CODE_MODULES = new Set([
  'os', 'posix', 'nt', 'subprocess', 'builtins', '__builtin__', 'sys', 'importlib', 'runpy', 'shutil', 'socket', 'pty', 'pickle', 'marshal',
  'code', 'codeop', 'ctypes', 'multiprocessing', 'webbrowser', 'commands', 'pip', 'asyncio', 'urllib', 'requests', 'http', 'tempfile', 'io', 'pathlib', 'shelve', 'dill', 'cloudpickle', 'joblib', 'operator', 'functools',
]);
const LOOKUP_LAYERS = new Set(['StringLookup', 'IntegerLookup', 'TextVectorization']);
const TF_OP_RISK = /(^|\.)(io\.|gfile|read_file|write_file|py_function|numpy_function|py_func|print|debugging)/;

const isKerasModule = (m: string) => KERAS_MODULES.some((k) => m === k || m.startsWith(`${k}.`));
const rootModule = (m: string) => m.split('.')[0] ?? m;

/**
 * Parse a Keras configuration: JSON as Python writes it, where NaN and Infinity may appear as
 * bare words (they become null).
 */
export function parseKerasJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    // Python's json.dumps writes NaN/Infinity; replace them outside strings and retry.
    const fixed = text.replace(/("(?:[^"\\]|\\.)*")|-?\b(?:NaN|Infinity)\b/g, (m, s: string | undefined) => s ?? 'null');
    try {
      return { ok: true, value: JSON.parse(fixed) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }
}

interface Hit {
  readonly rule: Parameters<typeof kerasFinding>[0];
  readonly severity: Severity;
  readonly message: string;
  readonly path: string;
  readonly evidence: Record<string, unknown>;
}

/**
 * Apply the Keras rules to a parsed configuration (model_config, config.json, SavedModel
 * metadata): Lambda bytecode, foreign modules, enable_unsafe_deserialization, get_file,
 * TFSMLayer, vocabulary paths, risky TFOpLambda functions, custom objects. Walks iteratively,
 * so depth is no risk; at most {@link MAX_CONFIG_NODES} nodes.
 */
export function kerasConfigFindings(config: unknown, ctx: KerasRuleContext): { findings: FindingInput[]; incomplete?: string } {
  const hits: Hit[] = [];
  const stack: { value: unknown; path: string }[] = [{ value: config, path: '' }];
  let visited = 0;
  let unsafe = false;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (++visited > MAX_CONFIG_NODES) return { findings: toFindings(hits, unsafe, ctx), incomplete: `${ctx.where}: more than ${MAX_CONFIG_NODES} configuration nodes; the rest was not checked` };
    if (typeof value === 'string') {
      if (value.includes('enable_unsafe_deserialization')) {
        unsafe = true;
        hits.push({ rule: 'unsafe-deserialization', severity: 'critical', message: `${ctx.where} refers to enable_unsafe_deserialization at ${path || '/'}.`, path, evidence: { path, value: value.slice(0, 200) } });
      }
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: `${path}/${i}` });
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    const o = value as Record<string, unknown>;
    hits.push(...objectHits(o, path, ctx));
    const keys = Object.keys(o);
    for (let i = keys.length - 1; i >= 0; i--) stack.push({ value: o[keys[i]!], path: `${path}/${keys[i]}` });
  }
  return { findings: toFindings(hits, unsafe, ctx) };
}

/** The rule hits of one configuration object. */
function objectHits(o: Record<string, unknown>, path: string, ctx: KerasRuleContext): Hit[] {
  const hits: Hit[] = [];
  const cls = typeof o['class_name'] === 'string' ? o['class_name'] : undefined;
  const mod = typeof o['module'] === 'string' ? o['module'] : undefined;
  const reg = typeof o['registered_name'] === 'string' ? o['registered_name'] : undefined;
  const cfg = o['config'];
  const conf = cfg !== null && typeof cfg === 'object' && !Array.isArray(cfg) ? (cfg as Record<string, unknown>) : {};
  const name = typeof conf['name'] === 'string' ? conf['name'] : undefined;
  const label = `${cls ?? 'object'}${name ? ` "${name}"` : ''} at ${path || '/'}`;
  const fnName = cls === 'function' && typeof cfg === 'string' ? cfg : undefined;
  // A Keras 3 Lambda layer holds its `__lambda__` function under config.function: report it once, as the layer.
  if (cls === 'Lambda' || (cls === '__lambda__' && !path.endsWith('/config/function'))) {
    const code = lambdaBytecode(o);
    const names = code ? bytecodeNames(code) : [];
    const legacy = ctx.source !== 'keras-v3';
    const severity: Severity = legacy || names.length > 0 ? 'critical' : 'high';
    const runs = legacy ? `${ctx.source === 'h5' ? '.h5' : 'SavedModel'} loading runs it without safe mode` : 'it runs when the model is loaded with safe_mode=False';
    const detail = code ? `${code.length} bytes of bytecode${names.length ? ` naming ${names.join(', ')}` : ''}` : 'a function reference';
    hits.push({ rule: 'lambda-layer', severity, message: `${ctx.where}: ${label} carries ${detail}; ${runs}.`, path, evidence: { path, class_name: cls, layer: name, bytecodeBytes: code?.length ?? 0, names, function_type: conf['function_type'] } });
  }
  // Only serialized objects (with a class_name) are imported by module; a Keras 2 Lambda's
  // config also has a "module" (where its function was defined), reported as the Lambda.
  if (mod !== undefined && cls !== undefined && !isKerasModule(mod)) {
    const critical = CODE_MODULES.has(rootModule(mod));
    const old = ctx.kerasVersion && /^(2\.|3\.[0-8]\.)/.test(ctx.kerasVersion) ? ` (the file claims Keras ${ctx.kerasVersion}, which imports it even in safe mode)` : '';
    hits.push({ rule: 'foreign-module', severity: critical ? 'critical' : 'high', message: `${ctx.where}: ${label} imports "${mod}.${fnName ?? cls ?? ''}"${old}.`, path, evidence: { path, module: mod, class_name: cls, function: fnName } });
  }
  if (cls === 'get_file' || fnName === 'get_file') {
    hits.push({ rule: 'remote-download', severity: 'high', message: `${ctx.where}: ${label} calls get_file${typeof conf['origin'] === 'string' ? ` on ${conf['origin']}` : ''}.`, path, evidence: { path, module: mod, origin: conf['origin'], fname: conf['fname'] } });
  }
  if (cls === 'TFSMLayer') {
    hits.push({ rule: 'tfsm-layer', severity: 'high', message: `${ctx.where}: ${label} loads the SavedModel at ${JSON.stringify(conf['filepath'] ?? '(no path)')}.`, path, evidence: { path, filepath: conf['filepath'], call_endpoint: conf['call_endpoint'] } });
  }
  if (cls && LOOKUP_LAYERS.has(cls) && typeof conf['vocabulary'] === 'string') {
    hits.push({ rule: 'vocabulary-file', severity: 'high', message: `${ctx.where}: ${label} reads its vocabulary from ${JSON.stringify(conf['vocabulary'])}.`, path, evidence: { path, vocabulary: conf['vocabulary'] } });
  }
  if ((cls === 'TFOpLambda' || cls === 'SlicingOpLambda') && typeof conf['function'] === 'string' && TF_OP_RISK.test(conf['function'])) {
    hits.push({ rule: 'tf-op-lambda', severity: 'high', message: `${ctx.where}: ${label} calls tf.${conf['function']}.`, path, evidence: { path, function: conf['function'] } });
  }
  if (reg && reg.includes('>') && !isKerasModule(reg.split('>')[0]!) && (mod === undefined || isKerasModule(mod))) {
    hits.push({ rule: 'custom-object', severity: 'low', message: `${ctx.where}: ${label} is the registered custom object "${reg}".`, path, evidence: { path, registered_name: reg, module: mod } });
  }
  return hits;
}

/** Turn hits into findings: Lambdas become critical once the same file disables safe mode. */
function toFindings(hits: readonly Hit[], unsafe: boolean, ctx: KerasRuleContext): FindingInput[] {
  return hits.map((h) => {
    const severity: Severity = h.rule === 'lambda-layer' && unsafe ? 'critical' : h.severity;
    const message = h.rule === 'lambda-layer' && unsafe && h.severity !== 'critical' ? `${h.message} The same file disables safe mode, so it runs on a default load.` : h.message;
    return kerasFinding(h.rule, severity, message, { key: `${h.rule}:${h.path}`, evidence: { ...h.evidence, source: ctx.source, ...(ctx.kerasVersion ? { kerasVersion: ctx.kerasVersion } : {}) } });
  });
}
