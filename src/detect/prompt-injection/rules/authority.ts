/**
 * Fake system and authority markers inside user content: chat-template tokens, bracketed
 * [SYSTEM] tags and <SYSTEM MODE> switches, "admin override", delimiters that pretend the
 * user input or the document has ended and new instructions begin, and "I am your developer".
 */
import { alt, pattern } from './pattern-parts.js';
import { defineRule, type InjectionRule } from './rule-types.js';

/** What follows a fake end-of-input delimiter in an injection. */
const NEW_ORDERS = new RegExp(
  '\\b' +
    alt(
      'new instructions?', 'system', 'ignore', 'instructions?\\s?:', 'you (?:must|will|are now|should now|shall)', 'assistant\\s?:',
      'important\\s?:', 'attention', 'override', 'admin', 'developer', 'from now on', 'disregard', 'forget', 'new (?:prompt|task|rules|objective|goal)',
    ) +
    '\\b',
);

/** The tokens are discussed as part of a prompt format, not used. */
const FORMAT_TALK = { pattern: /\b(?:tokens?|templates?|chatml|tokeni[sz]er|formatt?(?:ing|ed)?|special|delimiters?|docs|documentation)\b/, before: 80, after: 80 };

export const authorityRules: readonly InjectionRule[] = [
  defineRule({
    id: 'marker-chat-template-role',
    title: 'Chat-template control tokens that open a system or assistant turn',
    score: 0.9,
    family: 'fake-authority',
    languages: ['any'],
    keywords: ['<|', '[inst]', '<<sys>>', '<start_of_turn>'],
    patterns: [
      /<\|(?:im_start|start_header_id)\|>\s?(?:system|assistant|developer|tool)\b/,
      /<\|(?:system|assistant)\|>/,
      /<<sys>>/,
      /<start_of_turn>\s?(?:system|model)\b/,
    ],
    unless: [FORMAT_TALK],
  }),
  defineRule({
    id: 'marker-chat-template-token',
    title: 'Chat-template control tokens in user content',
    score: 0.75,
    family: 'fake-authority',
    languages: ['any'],
    keywords: ['<|', '[inst]', '[/inst]', '<end_of_turn>'],
    patterns: [/<\|(?:im_start|im_end|endoftext|eot_id|end_header_id|begin_of_text|end_of_text|user|end)\|>/, /\[\/?inst\]/, /<end_of_turn>/],
    unless: [FORMAT_TALK],
  }),
  defineRule({
    id: 'marker-mode-switch',
    title: 'Claims to switch the assistant into a system, admin or override mode',
    score: 0.88,
    family: 'fake-authority',
    languages: ['any'],
    keywords: ['mode>', 'mode >', 'access>', 'access >', ' mode activated', ' mode enabled', ' mode unlocked', ' mode engaged', ' mode on', ' mode is ', ' mode now', 'override mode', 'maintenance mode', 'god mode', 'sudo mode', 'debug mode', 'admin mode', 'verification mode', '系统模式', '系統模式', 'システムモード', '시스템 모드', 'системный режим', 'وضع النظام', 'sistema>', 'système>', 'systemmodus', 'sistem modu', 'hệ thống>', 'sistem>', 'सिस्टम मोड'],
    patterns: [
      /<\s?(?:system|god|admin|administrator|developer|sudo|root|debug|maintenance|override|security override|jailbreak)\s(?:mode|access)\s?(?:activated|enabled|on)?\s?>/,
      /\b(?:system|god|jailbreak|unrestricted|dan)\smode\s(?:is\s)?(?:now\s)?(?:activated|enabled|unlocked|engaged)\b/,
      /\b(?:entering|enter|initiating|activating|activate|switching to|now in)\s(?:the\s|an?\s)?['"]?(?:law enforcement\s|security\s|admin\s|administrator\s|developer\s|system\s|god\s|emergency\s|knowledge verification\s)?(?:override|maintenance|god|sudo|debug|admin|verification)\smode\b/,
      /<\s?(?:系统模式|系統模式|システムモード|시스템 모드|системный режим|وضع النظام|modo (?:de |do )?sistema|mode système|systemmodus|modalità (?:di )?sistema|sistem modu|chế độ hệ thống|mode sistem|सिस्टम मोड)\s?>/u,
    ],
  }),
  defineRule({
    id: 'marker-admin-override',
    title: 'Claims an administrator, developer or system override',
    score: 0.85,
    family: 'fake-authority',
    languages: ['en'],
    keywords: ['override'],
    patterns: [
      /\b(?:admin|administrator|developer|root|sudo|god|owner|operator)\soverride\b/,
      /\b(?:system|security|law enforcement|maintenance|debug|emergency)\soverride(?:\s?:|\s(?:mode|code|command|confirmed|activated|engaged|enabled|accepted|granted|initiated|in effect)\b|!)/,
      /\b(?:training data|safety|content|policy) override\b/,
    ],
  }),
  defineRule({
    id: 'marker-admin-message',
    title: 'Announces a message from an administrator, developer or the model provider inside content',
    score: 0.85,
    family: 'fake-authority',
    languages: ['en'],
    keywords: ['admin message', 'administrator message', 'system message', 'developer message', 'operator message', 'message from your', 'message from the'],
    patterns: [
      /\b(?:begin|start|beginning of)\s(?:an?\s)?(?:admin|administrator|system|developer|operator|security)\s(?:message|instructions?|notice|override)\b/,
      /\bmessage from (?:your|the) (?:model provider|ai provider|developers?|creators?|operators?|administrators?|admins?|system administrator)(?:'s)?\b/,
    ],
  }),
  defineRule({
    id: 'marker-fake-system-tag',
    title: 'A bracketed [SYSTEM] or <system> tag inside user content',
    score: 0.75,
    family: 'fake-authority',
    languages: ['any'],
    // Every hit holds the opening bracket and the tag's name, at most 2 characters in.
    keywords: ['[system', '{system', '[admin', '{admin', '[sys]', '{sys}', '<system', '<sys>', '<admin_instructions>'],
    keywordOffset: 2,
    patterns: [
      /(?:^|\n|[.!?>:]\s?)(?:\[|\{)(?:system|system message|system prompt|system instruction|system override|system update|system alert|system notice|admin|administrator|sys)(?:\]|\})(?=\s|:|$)/,
      /[.!?:>\n]\s?<(?:system|system_message|system_prompt|sys|admin_instructions|system_instructions)>/,
    ],
  }),
  defineRule({
    id: 'marker-instruction-header',
    title: 'An "### Instruction:" or "### System:" header after other content',
    score: 0.7,
    family: 'fake-authority',
    languages: ['en'],
    // Every hit holds "instruction" or "system", at most 16 characters in ("\n#### important
    // instructions:"): rarer in long text than "##" (markdown headings).
    keywords: ['instruction', 'system'],
    keywordOffset: 16,
    // The look-behind (at least 120 characters before) comes after the line break, so it is tested only there.
    patterns: [/\n(?<=[\s\S]{121})#{2,4}\s?(?:new\s|updated\s|system\s|important\s|admin\s)?(?:instructions?|system(?: prompt| message)?)\s?:/],
    unless: [{ pattern: /below is an instruction|### input\s?:|### response\s?:/, before: 400, after: 0 }],
  }),
  defineRule({
    id: 'marker-end-of-input',
    title: 'A delimiter that pretends the user input or document has ended, followed by new orders',
    score: 0.88,
    family: 'fake-authority',
    languages: ['en'],
    keywords: ['end of', 'end_of', '</'],
    patterns: [
      /\b(?:end of (?:the )?(?:user )?(?:input|prompt|document|email|e-mail|context|text|conversation|data|message|instructions|query|transcript)|end_of_(?:input|document|prompt|text|context))\b/,
      new RegExp(
        '</' +
          alt('document', 'email', 'context', 'user_input', 'user', 'data', 'input', 'text', 'article', 'content', 'webpage', 'page', 'file', 'search_results?', 'tool_output', 'tool_result', 'result', 'untrusted[a-z_]*', 'external[a-z_]*') +
          '>',
      ),
    ],
    near: { pattern: NEW_ORDERS, before: 0, after: 120 },
  }),
  defineRule({
    id: 'authority-claims-to-be-developer',
    title: "Claims to be the assistant's developer, creator or administrator",
    score: 0.8,
    family: 'fake-authority',
    languages: ['en'],
    keywords: ['i am your', "i'm your", 'as your', 'this is your', "the ai's", "assistant's", "model's", 'openai', 'anthropic', 'google', 'meta '],
    patterns: [
      /\b(?:i am|i'm|as|this is)\s(?:your|the ai's|the assistant's|the model's)\s(?:lead\s|chief\s|original\s|real\s|true\s|actual\s)?(?:developer|creator|programmer|maker|owner|administrator|admin|master|god|trainer|operator|engineer)s?\b/,
      /\b(?:i am|i'm)\s(?:an?\s)?(?:openai|anthropic|google|meta)\s(?:developer|engineer|employee|researcher|admin|administrator)\b/,
    ],
  }),
  defineRule({
    id: 'authority-claims-to-be-developer-intl',
    title: "Claims to be the assistant's developer, creator or administrator (other languages)",
    score: 0.8,
    family: 'fake-authority',
    languages: ['de', 'fr', 'es', 'it', 'pt', 'ru', 'tr', 'zh', 'ja', 'ko', 'ar', 'hi', 'vi', 'id'],
    keywords: ['ich bin', 'je suis', 'soy tu', 'soy su', 'sono il', 'sou o', 'sou seu', 'sou teu', 'я твой', 'я ваш', 'geliştiricin', 'yaratıcın', '我是你', '我是您', '私はあなた', '너의', '당신의', 'أنا', 'मैं आप', 'tôi là', 'saya'],
    keywordOffset: 40,
    patterns: [
      pattern(
        alt(
          'ich bin (?:dein|ihr) (?:entwickler|schöpfer|administrator|programmierer|erschaffer)',
          'je suis (?:ton|votre) (?:développeur|créateur|administrateur|programmeur)',
          'soy (?:tu|su) (?:desarrollador|creador|administrador|programador)',
          'sono il (?:tuo|suo) (?:sviluppatore|creatore|amministratore|programmatore)',
          'sou o (?:teu|seu) (?:desenvolvedor|criador|administrador|programador)',
          'я (?:твой|ваш) (?:разработчик|создатель|администратор|программист)',
          '(?:senin |sizin )?(?:geliştiricin(?:im|izim)|yaratıcın(?:ım|ızım))',
          '我是(?:你|您)的(?:开发者|開發者|开发人员|開發人員|创造者|創造者|管理员|管理員|程序员|程式設計師)',
          '私はあなたの(?:開発者|作成者|管理者|創造者|プログラマー)',
          '(?:나는|저는) (?:너의|당신의) (?:개발자|창조자|관리자|제작자)',
          'أنا (?:المطور الخاص بك|مطورك|مبرمجك|منشئك|المسؤول عنك)',
          'मैं (?:आपका|तुम्हारा) (?:डेवलपर|निर्माता|प्रोग्रामर|व्यवस्थापक)',
          'tôi là (?:nhà phát triển|người tạo ra|quản trị viên) của (?:bạn|anh|em)',
          'saya (?:adalah )?(?:pengembang|pembuat|pencipta|administrator) (?:anda|kamu)',
        ),
      ),
    ],
  }),
  defineRule({
    id: 'authority-claims-to-be-god',
    title: 'Claims divine or absolute authority and demands every answer',
    score: 0.85,
    family: 'fake-authority',
    languages: ['en', 'de', 'es', 'fr', 'it', 'pt', 'zh', 'vi', 'id', 'tr', 'ru'],
    keywords: ['god', 'gott', 'dios', 'dieu', 'dio', 'deus', '上帝', 'chúa', 'tuhan', 'tanrı', 'бог'],
    keywordOffset: 40,
    patterns: [
      pattern(
        alt(
          "(?:i am|i'm) (?:a |your )?god", 'ich bin (?:ein |dein )?gott', 'soy (?:un |tu )?dios', 'je suis (?:un |ton )?dieu', 'sono (?:un |il tuo )?dio',
          'sou (?:um |o teu |o seu )?deus', '我是(?:一个)?上帝', 'tôi là chúa', '(?:aku|saya) (?:adalah )?tuhan', 'ben (?:bir )?tanrıyım', 'я (?:твой )?бог',
        ),
      ),
    ],
    near: {
      pattern: new RegExp(
        alt('answer', 'beantworten', 'responder', 'répondre', 'rispondere', '回答', 'trả lời', 'menjawab', 'jawab', 'cevap', 'отвечать', 'ответить', 'obey', 'gehorchen', 'obedecer', 'obéir', 'obbedire', '服从', 'vâng lời'),
        'u',
      ),
      before: 0,
      after: 120,
    },
  }),
];
