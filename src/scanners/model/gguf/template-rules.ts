import { lexJinja, type JinjaTag, type JinjaToken } from './jinja-lexer.js';

/** What a chat template does that a benign one never does. */
export type TemplateSignalKind =
  | 'dunder' // __class__, __globals__ ... as attribute, name or string
  | 'private-attribute' // ._module, ._TemplateReference__context
  | 'attr-filter' // |attr(...), map('attr', ...)
  | 'string-building' // '_' ~ '_', '%c', '\x5f', ['_','_',...]|join
  | 'gadget-global' // lipsum.__globals__, cycler.__init__, self._..., request.application
  | 'unusual-global' // a bare reference to lipsum, url_for, config, request ...
  | 'include' // {% include %}, {% import %}, {% extends %}, {% from %}
  | 'sink'; // popen, system, eval, exec, __import__, os, subprocess ...

/** One thing found in a template, at a character offset. */
export interface TemplateSignal {
  readonly kind: TemplateSignalKind;
  readonly text: string;
  readonly pos: number;
}

/** Globals of Jinja or Flask that lead to Python internals when their attributes are read. */
const GADGET_GLOBALS = new Set(['cycler', 'joiner', 'lipsum', 'namespace', 'self', 'config', 'request', 'url_for', 'get_flashed_messages', 'session']);
/** Of those, the ones a chat template has no reason to mention at all (namespace() and cycler() are ordinary). */
const UNUSUAL_GLOBALS = new Set(['lipsum', 'self', 'config', 'request', 'url_for', 'get_flashed_messages', 'session']);
/** Names that run code or reach the operating system once Python internals are reached. */
const SINKS = new Set([
  'popen', 'system', 'eval', 'exec', '__import__', 'import_module', 'subprocess', 'os', 'posix', 'nt', 'spawnv', 'spawnl', 'spawnve', 'execv', 'execve',
  'check_output', 'check_call', 'getoutput', 'getstatusoutput', 'Popen', 'compile', 'builtins', '__builtins__', 'importlib', 'load_module', 'sys', 'modules', 'pty',
]);
/** String methods whose first argument may be a lone underscore in benign templates. */
const UNDERSCORE_ARG_METHODS = new Set(['replace', 'split', 'rsplit', 'strip', 'lstrip', 'rstrip', 'startswith', 'endswith', 'count', 'find', 'rfind', 'index', 'partition', 'rpartition']);

const DUNDER = /^__\w+__$/;

/**
 * Find the signals of server-side template injection in a Jinja chat template, statically.
 * Benign chat templates (Llama, ChatML, Mistral, Gemma, Qwen, DeepSeek) produce none.
 */
export function templateSignals(template: string): { signals: TemplateSignal[]; unterminated?: number; truncated?: boolean } {
  const lex = lexJinja(template);
  const signals: TemplateSignal[] = [];
  const locals = localNames(lex.tags);
  for (const tag of lex.tags) signals.push(...tagSignals(tag, locals));
  return { signals, ...(lex.unterminated !== undefined ? { unterminated: lex.unterminated } : {}), ...(lex.truncated ? { truncated: true } : {}) };
}

/** Names the template binds itself (`set`, `for`, macro parameters, `with`): variables, not globals. */
function localNames(tags: readonly JinjaTag[]): Set<string> {
  const names = new Set<string>();
  for (const tag of tags) {
    if (tag.kind !== 'statement') continue;
    const t = tag.tokens;
    const head = t[0]?.value;
    if (head === 'set' || head === 'with') {
      if (t[1]?.type === 'name') names.add(t[1].value);
    } else if (head === 'for') {
      for (let i = 1; i < t.length && t[i]!.value !== 'in'; i++) if (t[i]!.type === 'name') names.add(t[i]!.value);
    } else if (head === 'macro' || head === 'call') {
      for (let i = 2; i < t.length; i++) if (t[i]!.type === 'name' && (t[i - 1]!.value === '(' || t[i - 1]!.value === ',')) names.add(t[i]!.value);
    }
  }
  return names;
}

function tagSignals(tag: JinjaTag, locals: ReadonlySet<string>): TemplateSignal[] {
  const out: TemplateSignal[] = [];
  const t = tag.tokens;
  const add = (kind: TemplateSignalKind, token: JinjaToken, text = token.value) => out.push({ kind, text, pos: token.pos });
  if (tag.kind === 'statement' && t[0] && ['include', 'import', 'extends', 'from'].includes(t[0].value)) add('include', t[0], `{% ${t[0].value} %}`);
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    const prev = t[i - 1];
    const next = t[i + 1];
    const afterDot = prev?.type === 'op' && prev.value === '.';
    if (tok.type === 'name') {
      if (DUNDER.test(tok.value)) add('dunder', tok, afterDot ? `.${tok.value}` : tok.value);
      else if (afterDot && tok.value.startsWith('_')) add('private-attribute', tok, `.${tok.value}`);
      if (SINKS.has(tok.value) && (afterDot || next?.value === '(')) add('sink', tok);
      if (tok.value === 'attr' && prev?.type === 'op' && prev.value === '|') add('attr-filter', tok, '|attr');
      if (tok.value === 'attr' && prev?.type === 'name' && prev.value === 'filter' && tag.kind === 'statement') add('attr-filter', tok, 'filter attr');
      if (!afterDot && GADGET_GLOBALS.has(tok.value) && !locals.has(tok.value)) {
        const reaches = next?.type === 'op' && (next.value === '.' || next.value === '[' || (next.value === '|' && t[i + 2]?.value === 'attr'));
        if (reaches) add('gadget-global', tok, `${tok.value}${next.value}${t[i + 2]?.value ?? ''}`);
        else if (UNUSUAL_GLOBALS.has(tok.value) && next?.value !== '=') add('unusual-global', tok);
      }
      if ((tok.value === 'map' || tok.value === 'select' || tok.value === 'reject') && next?.value === '(' && t[i + 2]?.type === 'string' && t[i + 2]!.value === 'attr') {
        add('attr-filter', tok, `${tok.value}('attr')`);
      }
    } else if (tok.type === 'string') {
      out.push(...stringSignals(tok, t, i));
    }
  }
  return out;
}

/** Signals of one string literal: dunders, sinks, and the ways strings are built to hide them. */
function stringSignals(tok: JinjaToken, t: readonly JinjaToken[], i: number): TemplateSignal[] {
  const out: TemplateSignal[] = [];
  const v = tok.value;
  const at = { pos: tok.pos };
  if (v.includes('__')) out.push({ kind: 'dunder', text: `'${v.slice(0, 60)}'`, ...at });
  if (SINKS.has(v)) out.push({ kind: 'sink', text: `'${v}'`, ...at });
  // Escapes that spell an underscore or a letter hide names from plain-text search.
  if (escapesIdentifierChars(tok.raw ?? '')) out.push({ kind: 'string-building', text: `escaped literal ${tok.raw?.slice(0, 40)}`, ...at });
  if (/%c|\{:c\}|\{\d*!c\}/.test(v)) out.push({ kind: 'string-building', text: `character-code format '${v.slice(0, 40)}'`, ...at });
  if (/^_+$/.test(v)) {
    const prev = t[i - 1];
    const before = t[i - 2];
    const benignArg = prev?.value === '(' && before?.type === 'name' && UNDERSCORE_ARG_METHODS.has(before.value);
    if (!benignArg) out.push({ kind: 'string-building', text: `underscore literal '${v}' combined with ${prev?.value ?? 'nothing'}`, ...at });
  }
  // A list of one-character strings joined together spells a name letter by letter.
  if (t[i - 1]?.value === '[') {
    let j = i;
    let singles = 0;
    while (t[j]?.type === 'string' && t[j]!.value.length <= 1 && (t[j + 1]?.value === ',' || t[j + 1]?.value === ']')) {
      singles++;
      if (t[j + 1]?.value === ']') break;
      j += 2;
    }
    if (singles >= 3 && t[j + 1]?.value === ']' && t[j + 2]?.value === '|' && t[j + 3]?.value === 'join') {
      out.push({ kind: 'string-building', text: `list of ${singles} single characters joined`, ...at });
    }
  }
  return out;
}

/** Whether a literal spells letters, digits, `_` or `.` with escapes: only to hide a name. */
function escapesIdentifierChars(raw: string): boolean {
  for (const m of raw.matchAll(/\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([0-7]{1,3}))/g)) {
    const code = parseInt(m[1] ?? m[2] ?? m[3] ?? '', 16) || parseInt(m[4] ?? '', 8);
    if (Number.isFinite(code) && /[A-Za-z0-9_.]/.test(String.fromCodePoint(Math.min(code, 0x10ffff)))) return true;
  }
  return false;
}
