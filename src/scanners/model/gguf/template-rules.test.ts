import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { benignTemplates } from './benign-templates.js';
import { lexJinja } from './jinja-lexer.js';
import { templateFindings } from './template-findings.js';
import { templateSignals } from './template-rules.js';

const rulesOf = (template: string) => templateFindings('tokenizer.chat_template', template, 0, false).findings.map((f) => `${f.rule}:${f.severity}`);
const CRITICAL = ['chat-template-code-execution:critical'];

describe('chat template rules', () => {
  it.each(Object.entries(benignTemplates))('do not flag the benign %s template', (_name, template) => {
    const result = templateFindings('tokenizer.chat_template', template, 0, false);
    expect(result.findings).toEqual([]);
    expect(result.incomplete).toBeUndefined();
  });

  // Published SSTI payload shapes (CVE-2024-34359 "Llama Drama" and the Jinja/Flask SSTI canon).
  it.each([
    ['subclasses walk to warnings._module (CVE-2024-34359)', "{% for x in ().__class__.__base__.__subclasses__() %}{% if \"warning\" in x.__name__ %}{{ x()._module.__builtins__['__import__']('os').popen('true').read() }}{% endif %}{% endfor %}"],
    ['lipsum globals', "{{ lipsum.__globals__['os'].popen('true').read() }}"],
    ['cycler init globals', '{{ cycler.__init__.__globals__.os.popen("true").read() }}'],
    ['joiner init globals', '{{ joiner.__init__.__globals__.os.popen("true").read() }}'],
    ['namespace init globals', '{{ namespace.__init__.__globals__.os.popen("true").read() }}'],
    ['self template reference', "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('true').read() }}"],
    ['attr filter with hex escapes', "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('true')|attr('read')() }}"],
    ['mro walk to eval', "{{ ''.__class__.__mro__[1].__subclasses__()[133].__init__.__globals__['__builtins__']['eval']('1') }}"],
    ['dict literal closing braces inside the tag', "{{ {'a': {'b': 1}}.__class__.__base__.__subclasses__()[0].__init__.__globals__['sys'].modules['os'].popen('true') }}"],
    ['url_for globals', "{{ url_for.__globals__['os'].system('true') }}"],
  ])('flag %s as critical', (_name, template) => {
    expect(rulesOf(template)).toEqual(CRITICAL);
  });

  it.each([
    ['concatenated dunder', "{{ ()|attr('__cla'~'ss__') }}", ['chat-template-dunder-access:high', 'chat-template-attr-filter:high']],
    ['underscore variable building', "{% set u = '_' %}{{ ()|attr(u~u~'class'~u~u) }}", ['chat-template-attr-filter:high', 'chat-template-string-building:high']],
    ['character codes', "{{ ('%c%c'|format(95, 95)) ~ 'class' }}", ['chat-template-string-building:high']],
    ['letters joined', "{{ ['_','_','c','l','a','s','s','_','_']|join }}", ['chat-template-string-building:high']],
    ['reversed dunder', "{{ ()|attr('__ssalc__'|reverse) }}", ['chat-template-dunder-access:high', 'chat-template-attr-filter:high']],
    ['map attr', "{{ messages|map('attr', 'role')|list }}", ['chat-template-attr-filter:high']],
    ['filter block attr', "{% filter attr('x') %}{% endfilter %}", ['chat-template-attr-filter:high']],
    ['octal escapes', "{{ x['\\137\\137class\\137\\137'] }}", ['chat-template-dunder-access:high', 'chat-template-string-building:high']],
    ['dunder walk without a sink', "{{ ''.__class__.__mro__ }}", ['chat-template-dunder-access:high']],
    ['config items', '{{ config.items() }}', ['chat-template-gadget-global:high']],
    ['dunder keyword argument', '{{ dict(__class__=1)|list }}', ['chat-template-dunder-access:high']],
  ])('flag %s', (_name, template, expected) => {
    expect(rulesOf(template).sort()).toEqual([...expected].sort());
  });

  it('flags include and import of other templates at medium, and bare unusual globals at low', () => {
    expect(rulesOf("{% include '/etc/passwd' %}")).toEqual(['chat-template-include:medium']);
    expect(rulesOf("{% from 'x.j2' import y %}")).toEqual(['chat-template-include:medium']);
    expect(rulesOf('{{ lipsum(1) }}')).toEqual(['chat-template-unusual-global:low']);
  });

  it('treats names the template binds itself as variables, not globals', () => {
    expect(rulesOf('{% for request in tool_requests %}{{ request.name }}{% endfor %}')).toEqual([]);
    expect(rulesOf('{% set config = namespace(x=1) %}{{ config.x }}')).toEqual([]);
  });

  it('does not treat raw blocks and comments as code', () => {
    expect(templateSignals("{% raw %}{{ ''.__class__ }}{% endraw %}{# {{ lipsum.__globals__ }} #}").signals).toEqual([]);
  });

  it('reports a template that cannot be tokenized to its end as incomplete', () => {
    const r = templateFindings('tokenizer.chat_template', "{{ 'unterminated }}", 0, false);
    expect(r.incomplete).toMatch(/could not be tokenized/);
    expect(templateFindings('k', '{{ x }}', 0, true).incomplete).toMatch(/larger than the analysis limit/);
  });

  it('never throws and never reads past the template (property)', () => {
    const pieces = fc.constantFrom('{{', '}}', '{%', '%}', '{#', '#}', "'", '"', '\\', '__class__', '.', '|', 'attr', '(', ')', '[', ']', '{', '}', ' ', 'raw', 'endraw', '-', 'x', '_');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }).map((a) => a.join('')), (template) => {
        const lex = lexJinja(template);
        for (const tag of lex.tags) for (const t of tag.tokens) expect(t.pos).toBeLessThan(template.length);
        templateFindings('k', template, 0, false);
      }),
    );
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (template) => void templateFindings('k', template, 0, false)));
  });
});
