/**
 * System-prompt extraction: requests to reveal, repeat or encode the assistant's system prompt
 * or initial instructions, or "everything above". A developer writing a system prompt ("never
 * reveal your system prompt", "help me write a system prompt") does not match.
 */
import { alt, pattern } from './pattern-parts.js';
import { defineRule, type InjectionRule, type RuleContext } from './rule-types.js';

/** A question about how to do it oneself ("how can I show the system prompt in LangChain?"). */
const HOW_TO: RuleContext = { pattern: /\bhow (?:can|do|should|would|to) (?:i|we|you)?\b[^.!?\n]{0,40}$/, before: 70, after: 0 };
/** The text above is the user's own, to be edited ("repeat the text above but fix the grammar"). */
const EDIT_REQUEST: RuleContext = {
  pattern: /^[^.!?\n]{0,40}\b(?:fix|correct|translat|summari|rewrit|improv|proofread|format|shorten|paraphras|edit|simplif|revers|capitali)/,
  before: 0,
  after: 60,
};
/** A negation or prohibition just before the request. */
const PROHIBITED: RuleContext = {
  pattern: /(?:\bnot|n't|\bnever|\bno|\brefuse to|\bavoid|\bwithout|\bnor|\bmust not|\bcircumstances(?: should you)?)\s(?:\S{1,40}\s){0,2}$/,
  before: 40,
  after: 0,
};

const REQUEST = alt(
  'what', 'tell me', 'show', 'reveal', 'print', 'output', 'display', 'repeat', 'share', 'give me', 'leak', 'dump', 'encode',
  'translate', 'recite', 'list', 'write out', 'spell out', 'copy', 'paste', 'return', 'provide', 'disclose', 'expose', 'send me',
  'describe', 'summari[sz]e', 'read (?:me|back)', 'quote', 'echo',
);
const PROMPT_NAME = alt(
  'system prompt', 'system message', 'system instructions', 'system configuration', 'initial prompt', 'initial instructions',
  'original instructions', 'original prompt', 'starting instructions', 'pre-?prompt', 'hidden prompt', 'hidden instructions',
  'secret instructions', 'internal instructions', 'developer (?:message|instructions|prompt)', 'initial configuration',
  'initiali[sz]ation (?:string|prompt)', 'custom instructions', 'core instructions', 'base prompt', 'meta prompt',
);

/** "System prompt" as other languages write it. */
const SYSTEM_PROMPT_INTL = alt(
  'system-?prompts?', 'systemanweisung(?:en)?', 'prompt (?:du )?système', 'instructions (?:du )?système', 'prompt del sistema', 'instrucciones del sistema',
  'prompt di sistema', 'istruzioni di sistema', 'prompt do sistema', 'instruções do sistema', 'системн(?:ый|ого|ую) (?:промпт|подсказк[уи])', 'системные инструкции',
  '系统提示(?:词)?', '系統提示(?:詞)?', '系统指令', '系統指令', 'システムプロンプト', 'システム指示', '시스템 프롬프트', 'موجه النظام', 'تعليمات النظام',
  'सिस्टम प्रॉम्प्ट', 'sistem (?:istemi|talimatları)', 'lời nhắc hệ thống', 'prompt sistem', 'systeemprompt', 'prompt systemowy',
);
/** A request to show, tell or repeat, in the same languages. */
const SHOW_INTL = new RegExp(
  alt(
    // Words of scripts written with spaces start a word; CJK ones need not.
    '(?<![\\p{L}])' +
      alt(
        'zeig', 'gib', 'nenn', 'wiederhol', 'verrat', 'montre', 'révèle', 'affiche', 'répète', 'donne', 'muestra', 'revela', 'dime', 'repite', 'mostra',
        'rivela', 'dimmi', 'ripeti', 'mostre', 'revele', 'diga', 'repita', 'покажи', 'выведи', 'раскрой', 'повтори', 'скажи', 'اعرض', 'أظهر', 'اكشف', 'كرر',
        'दिखा', 'बता', 'göster', 'söyle', 'tekrarla', 'hiển thị', 'cho tôi', 'tiết lộ', 'tunjukkan', 'beri tahu', 'ungkapkan', 'toon', 'pokaż', 'podaj',
      ),
    '显示', '顯示', '告诉', '告訴', '输出', '輸出', '打印', '透露', '重复', '重複', '見せ', '教え', '表示', '出力', '보여', '알려', '출력',
  ),
  'u',
);

export const extractionRules: readonly InjectionRule[] = [
  defineRule({
    id: 'extract-your-system-prompt',
    title: "Asks for the assistant's system prompt or initial instructions",
    score: 0.92,
    family: 'prompt-extraction',
    languages: ['en'],
    keywords: ['your system', 'your initial', 'your original', 'your starting', 'your pre', 'your hidden', 'your secret', 'your internal', 'your developer', 'your custom', 'your core', 'your base', 'your meta', 'your full', 'your entire', 'your complete', 'your whole', 'your exact', 'your very', 'your first', 'you were', 'you have been', 'you got', 'you follow', 'you obey', 'you received', 'initiali'],
    patterns: [
      // No quote mark between the request and "your" (an apostrophe inside a word is fine), so a quoted example is not joined to its label.
      new RegExp(`\\b${REQUEST}\\b(?:[^.!?\\n"']|(?<=[a-z])'(?=[a-z])){0,30}?\\byour\\s(?:(?:full|entire|complete|whole|exact|very first|first)\\s)?${PROMPT_NAME}\\b(?!\\s(?:engineering|design|template|writing|tips|advice|library|examples?|generator|builder|guide))`),
      new RegExp(`\\b${REQUEST}\\b[^.!?\\n]{0,30}?\\b(?:the\\s)?(?:instructions|prompt|text|rules|directives) you (?:were|have been|got) (?:given|told|provided)\\b`),
      new RegExp(`\\b${REQUEST}\\b[^.!?\\n]{0,30}?\\b(?:the\\s)?(?:instructions|rules|directives|guidelines) you (?:follow|obey|received)\\b[^.!?\\n]{0,30}\\b(?:exactly|verbatim|word for word|as (?:they were )?written)`),
      /\boutput initiali[sz]ation\b/,
    ],
    unless: [PROHIBITED],
  }),
  defineRule({
    id: 'extract-system-prompt-intl',
    title: 'Asks for the system prompt (other languages)',
    score: 0.85,
    family: 'prompt-extraction',
    languages: ['de', 'fr', 'es', 'it', 'pt', 'ru', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'nl', 'pl'],
    keywords: ['system', 'système', 'sistema', 'системн', '系统', '系統', 'システム', '시스템', 'النظام', 'सिस्टम', 'sistem', 'hệ thống', 'systeem'],
    keywordOffset: 30,
    patterns: [pattern(SYSTEM_PROMPT_INTL)],
    near: { pattern: SHOW_INTL, before: 50, after: 40 },
  }),
  defineRule({
    id: 'extract-the-system-prompt',
    title: 'Asks to be shown the system prompt or the assistant\'s instructions',
    score: 0.8,
    family: 'prompt-extraction',
    languages: ['en'],
    keywords: ['system prompt', 'system instructions', 'system message', 'system configuration', 'initial prompt', 'your prompt', 'your instructions', 'your configuration', 'your directives', 'your hidden'],
    patterns: [
      /\b(?:show|reveal|print|paste|recite|output|dump|leak|list|repeat)\s(?:me\s|us\s)?(?:the\s)?(?:first\s\d{1,4}\s(?:words|lines|characters|sentences)\sof\s)?your\s(?:prompt|instructions|configuration|directives|hidden directives|hidden instructions)\b/,
      /\b(?:show|reveal|print|output|display|repeat|leak|dump|disclose|expose|see|read)\s(?:me\s|us\s)?(?:(?:everything|all|every word|the (?:text|content|words))\s(?:in|of|from)\s)?(?:the\s)?(?:full\s|entire\s|complete\s|whole\s|exact\s)?(?:system prompt|system instructions|system message|system configuration|initial prompt)\b/,
    ],
    unless: [PROHIBITED, HOW_TO],
  }),
  defineRule({
    id: 'extract-text-above',
    title: 'Asks to repeat or print everything above the message',
    score: 0.85,
    family: 'prompt-extraction',
    languages: ['en'],
    keywords: ['above', 'before this', 'before my', 'prior to', 'before the', 'preceding', 'beginning', 'start of'],
    patterns: [
      /\b(?:repeat|print|output|reveal|recite|echo|copy|reproduce|spell out|write out|show|display|return|type out)\s(?:back\s)?(?:to\s)?(?:me\s)?(?:all\s|everything\s|(?:all\s)?(?:of\s)?the\s(?:entire\s|whole\s|full\s|complete\s|exact\s)?(?:text|content|words|prompt|instructions|messages?|conversation|context|lines?)\s)(?:above|before this|preceding|prior to this|that came before|from the (?:very )?(?:start|beginning)|at the (?:very )?(?:start|beginning))\b/,
      /\b(?:repeat|print|output|reveal|recite|echo|reproduce|spell out|write out|type out)\s(?:back\s)?(?:me\s)?(?:all\s(?:of\s)?)?the above (?:text|content|prompt|instructions|messages?)\b/,
      /\b(?:repeat|print|output|reveal|recite|echo|reproduce|spell out|write out|type out|show|display)\s(?:me\s)?(?:everything|all|the text|all the text|the content)\s(?:that\s)?(?:appears|came|comes|is|was)?\s?(?:before|above|prior to)\s(?:my|the user's|this)\s(?:first\s)?(?:message|question|input|prompt)\b/,
    ],
    unless: [PROHIBITED, EDIT_REQUEST],
  }),
  defineRule({
    id: 'extract-verbatim',
    title: 'Asks for the instructions or conversation word for word',
    score: 0.88,
    family: 'prompt-extraction',
    languages: ['en'],
    keywords: ['verbatim', 'word for word', 'word-for-word', 'character for character'],
    patterns: [/\b(?:verbatim|word for word|word-for-word|character for character)\b/],
    near: {
      pattern: /\b(?:your instructions|system prompt|your prompt|this (?:entire |whole )?conversation|everything (?:above|before)|text above|initial (?:prompt|instructions)|the instructions you|rules you were|you were (?:given|told)|developer message|system message|your configuration)\b/,
      before: 100,
      after: 100,
    },
    unless: [PROHIBITED],
  }),
  defineRule({
    id: 'extract-what-you-were-told',
    title: 'Asks what the assistant was told or forbidden before the conversation',
    score: 0.85,
    family: 'prompt-extraction',
    languages: ['en'],
    keywords: ['told', 'instructed', 'not allowed', 'not supposed', 'forbidden', 'programmed'],
    patterns: [
      /\bwhat (?:were|was|have) you (?:been )?(?:told|instructed|given|programmed)\b[^.!?\n]{0,40}\b(?:before|at the (?:start|beginning)|initially|originally|prior)\b/,
      /\bwhat (?:are|were) you (?:not (?:supposed|allowed|permitted) to|forbidden to|told not to|instructed not to) (?:tell|say|share|reveal|disclose|discuss)\b/,
    ],
  }),
  defineRule({
    id: 'extract-prompt-continuation',
    title: 'Primes the answer to start with the assistant\'s instructions',
    score: 0.85,
    family: 'prompt-extraction',
    languages: ['en'],
    keywords: ['instructions are', 'instructed', 'system prompt', 'you are"', "you are'", 'systemprompt', 'system_prompt', 'systemmessage', 'system_message', 'initialprompt', 'initial_prompt', '(instructions', '( instructions'],
    patterns: [
      /\b(?:begin|start)(?:ning)?\s(?:your\s(?:answer|response|reply|output)\s)?with\s["']?(?:my instructions are|i was instructed|the system prompt|my system prompt|my (?:initial|original) instructions)/,
      /\b(?:continue|complete)\b[^.!?\n]{0,30}["'](?:the system prompt is|my instructions are|i was instructed to|my (?:initial|original) instructions)/,
      /\bbeginning with\s["']you are["'],?\s(?:repeat|print|output)/,
      /\b(?:console\.log|print|echo|printf|puts|system\.out\.println)\s?\(\s?(?:this\.)?(?:system_?prompt|system_?message|initial_?prompt|instructions)\s?\)/,
    ],
  }),
];
