/**
 * The phrasings the chat simulator recognises as instructions, in English, Spanish, French,
 * German, Italian and Portuguese. Each pattern is bounded (no nested quantifiers, every gap has
 * a length limit), so scanning a long text stays linear. Word boundaries are written with
 * Unicode lookarounds because `\b` ignores accented letters.
 */

/** Start of a word (no letter, digit or underscore before). */
const S = '(?<![\\p{L}\\p{N}_])';
/** End of a word. */
const E = '(?![\\p{L}\\p{N}_])';

function words(alternatives: readonly string[]): string {
  return `(?:${alternatives.join('|')})`;
}

function pattern(source: string, flags = 'iu'): RegExp {
  return new RegExp(source, flags);
}

/** Where an imperative may start: the text start, a sentence or clause break, or a linking word. */
const LEAD = `(?:^|[\\n.!?:;,(]\\s*|${S}${words([
  'and', 'then', 'please', 'instead', 'just', 'now', 'simply', 'only', 'also', 'finally', 'first', 'must', 'should', 'to',
  'y', 'luego', 'ahora', 'después', 'et', 'puis', 'maintenant', 'ensuite', 'und', 'dann', 'jetzt', 'bitte', 'e', 'poi', 'ora', 'adesso',
  'depois', 'então', 'agora',
])}\\s+)`;

/** "Ignore previous instructions" and the like. */
export const OVERRIDE: readonly RegExp[] = [
  pattern(
    `${S}(?:ignore|disregard|forget|override|skip|bypass|drop|abandon)\\s+(?:(?:all|any|the|your|of|every|these|those|my)\\s+){0,3}(?:(?:previous|prior|above|earlier|preceding|original|initial|system|existing|former|old|other|safety)\\s+){0,2}(?:instructions?|rules|directions|directives|prompts?|guidelines|context|guardrails|restrictions|programming|commands|orders|policies)${E}`,
  ),
  pattern(`${S}forget\\s+(?:everything|all)\\s+(?:you\\s+(?:were|have\\s+been)\\s+told|above|before)`),
  pattern(`${S}(?:forget|abandon|drop)\\s+(?:your|the)\\s+(?:current\\s+|original\\s+)?(?:task|role|job|assignment)${E}`),
  pattern(`${S}(?:ignore|disregard)\\s+(?:everything|all|what)\\s+(?:above|before|you\\s+were\\s+told)`),
  pattern(`${S}new\\s+(?:instructions|rules|system\\s+prompt)\\s*:`),
  pattern(`${S}(?:system|admin|developer)\\s+override${E}`),
  pattern(`${S}from\\s+now\\s+on,?\\s+(?:you\\s+(?:will|must|are|shall)|ignore)${E}`),
  pattern(`${S}stop\\s+(?:whatever|what|everything|anything)\\s+you\\s+(?:were|are|have\\s+been)\\s+(?:told|doing|instructed|asked)`),
  pattern(
    `${S}(?:the|your|all)\\s+(?:(?:previous|prior|earlier|original|old|current|system)\\s+){1,2}(?:configuration|instructions|rules|prompt|settings|guidelines)\\s+(?:is|are)\\s+(?:now\\s+)?(?:void|cancell?ed|revoked|obsolete|suspended|lifted|disabled|no\\s+longer\\s+valid)${E}`,
  ),
  pattern(`${S}(?:your|the)\\s+(?:instructions|rules|guidelines|restrictions)\\s+no\\s+longer\\s+apply${E}`),
  pattern(`${S}(?:ignora|olvida|omite|descarta)\\s+(?:(?:todas|todo|las|los|tus|sus)\\s+){0,3}(?:instrucciones|reglas|indicaciones|órdenes)${E}`),
  pattern(`${S}(?:ignore[zs]?|oublie[zs]?)\\s+(?:(?:toutes|tous|les|tes|vos|tes)\\s+){0,3}(?:instructions|consignes|règles|directives)${E}`),
  pattern(
    `${S}(?:ignoriere|ignorieren\\s+sie|vergiss|vergessen\\s+sie|missachte)\\s+(?:(?:alle|die|deine|ihre|vorherigen|bisherigen|vorigen|obigen|früheren)\\s+){0,4}(?:anweisungen|instruktionen|regeln|vorgaben)${E}`,
  ),
  pattern(`${S}(?:ignora|dimentica|trascura)\\s+(?:(?:tutte|le|tue|sue|precedenti)\\s+){0,3}(?:istruzioni|regole)${E}`),
  pattern(`${S}(?:ignore|ignora|esqueça|esqueca|desconsidere)\\s+(?:(?:todas|as|suas|tuas)\\s+){0,3}(?:instruções|instrucoes|regras)${E}`),
];

/**
 * Verbs that ask the model to output given text; the text follows the match. The `mod` group
 * holds a word that marks what follows as a literal ("only", "exactly", "the word").
 */
export const SAY = pattern(
  `${LEAD}(?<verb>${words([
    // Verbs after which only a quoted text or a marker-like token counts (see {@link STRICT_SAY_VERB})
    'put', 'add', 'append', 'sign(?: off)? with', 'confirm with', '(?:end|finish|close) with',
    // English
    'say', 'print', 'output', 'write', 'type', '(?:respond|reply|answer)(?: only| just| exactly| simply)? with', '(?:answer|reply|respond) (?:exactly|only)', 'repeat',
    '(?:the )?(?:correct|right|only|real|proper|expected) (?:summary|answer|reply|response)(?: (?:of|to|for) [^\\n]{0,40}?)? is(?: exactly| simply| just)?',
    '(?:begin|start|end|finish) (?:your|the|each) (?:reply|response|answer|message)s? with',
    '(?:include|put|add) (?:the|this) (?:text|phrase|word|string|code|token|marker|sentence)(?: in (?:your|the) (?:reply|response|answer))?',
    '(?:your|the) (?:reply|response|answer) (?:must|should) (?:contain|include|be)',
    // Spanish
    'di', 'dí', 'escribe', 'responde(?: solo| solamente| únicamente)? con', 'contesta con', 'repite', 'imprime',
    // French
    'dis', 'écris', 'écrivez', 'réponds(?: uniquement| seulement)? (?:par|avec)', 'répondez(?: uniquement| seulement)? (?:par|avec)', 'répète', 'répétez', 'affiche',
    // German
    'sag', 'sage', 'sagen sie', 'schreib', 'schreibe', 'schreiben sie', 'antworte(?: nur)? mit', 'antworten sie(?: nur)? mit', 'wiederhole',
    // Italian
    "di'", 'dì', 'scrivi', 'rispondi(?: solo| soltanto)? con', 'ripeti', 'stampa',
    // Portuguese
    'diga', 'escreva', 'responda(?: apenas| somente| só)? com', 'repita', 'imprima',
  ])})${E}(?:\\s+(?:to|in|at\\s+the\\s+end\\s+of)\\s+(?:your|the|each)\\s+(?:answer|reply|response|message|summary)s?)?(?:,?\\s+(?:word\\s+for\\s+word|verbatim|exactly))?\\s*[:\\-–]?\\s*(?<mod>(?:(?:only|exactly|just|verbatim|solo|solamente|seulement|uniquement|nur|genau|soltanto|apenas)\\s+)?(?:(?:the|this|these|le|la|les|el|los|das|den|die|il|lo|o|a)\\s+)?(?:following|words?|phrase|text|string|sentence|palabra|frase|texto|mot|texte|wort|satz|parola|testo|palavra)${E}\\s*:?\\s*|(?:only|exactly|just|verbatim|solo|solamente|seulement|uniquement|nur|genau|soltanto|apenas)\\s+)?`,
  'giu',
);

/** "Say" verbs that are everyday words too: a literal after them counts only when quoted or marker-like. */
export const STRICT_SAY_VERB = /^(?:put|add|append|sign|confirm|end|finish|close)\b/i;

/** A marker-like token: capitals, then dash- or underscore-joined parts ("AISEC-PWNED-7f3a", "HACKED_1"). */
export const MARKER_TOKEN = /(?<![\p{L}\p{N}_-])[A-Z][A-Z0-9]{2,}(?:[-_][A-Za-z0-9]{1,40}){1,8}(?![\p{L}\p{N}_-])/u;

/** Words that, opening the text after a "say" verb, show it is not a literal to say ("print your instructions"). */
export const NOT_LITERAL = pattern(
  `^(?:your|the|my|a|an|all|everything|above|below|before|after|previous|earlier|me|us|him|her|them|this|that|it|its|out|back|in|to|with|about|what|how|why|who|something|anything|nothing|down|up|here|there|more|less|some|any|of|for|on|at|by|from|if|when|yes|no|tus|tu|las|los|la|el|me|tes|vos|les|le|la|mir|deine|die|das|den|le tue|le|mi|suas|as|o)${E}`,
);

/** Requests for the system prompt. */
export const REVEAL_PROMPT: readonly RegExp[] = [
  pattern(
    `${S}(?:print|show|reveal|repeat|display|output|tell|give|share|write(?:\\s+out)?|list|recite|dump|expose|leak|paste|copy|what|spell\\s+out|summari[sz]e|paraphrase|describe|outline|translate|tl;?dr(?:\\s+of)?)\\s+(?:me\\s+|us\\s+)?(?:(?:are|is|were|was)\\s+)?(?:(?:all|exactly|verbatim|back|word\\s+for\\s+word)\\s+)?(?:of\\s+)?(?:(?:the|a)\\s+(?:(?:full|exact|complete|entire|original|verbatim|whole)\\s+)?(?:text|wording|content|contents|version|words|copy)\\s+of\\s+(?:all\\s+)?)?(?:your|the|its)\\s+(?:(?:full|entire|complete|exact|original|initial|hidden|secret|internal|first|system|above|starting|pre-?prompt|confidential)\\s+){0,3}(?:system\\s+prompt|prompt|system\\s+message|instructions|rules|guidelines|directives|configuration|initial\\s+message|pre-?prompt)${E}(?!\\s+(?:for|about|on|regarding)\\s+(?!you|yourself|the\\s+assistant))`,
  ),
  pattern(`${S}(?:repeat|print|output|show|copy)\\s+(?:(?:all|the|of|every)\\s+){0,3}(?:words|text|everything|content|lines|message)\\s+(?:above|before\\s+this|at\\s+the\\s+(?:top|start|beginning))`),
  pattern(`${S}what\\s+(?:was|is)\\s+written\\s+(?:above|at\\s+the\\s+(?:top|start|beginning))`),
  pattern(
    `${S}(?:text|wording|content|contents|version|words)\\s+of\\s+(?:all\\s+)?(?:your|the)\\s+(?:(?:full|original|initial|hidden|secret|internal|system)\\s+){0,2}(?:system\\s+prompt|prompt|instructions|rules|guidelines|directives)${E}`,
  ),
  pattern(`${S}what\\s+were\\s+you\\s+told\\s+(?:before|at\\s+the\\s+start|to\\s+do)`),
  pattern(`starting\\s+with\\s+["'“]?you\\s+are${E}`),
  pattern(
    `${S}(?:muestra|muéstrame|revela|revélame|repite|dime|imprime|escribe|cuáles\\s+son|comparte)\\s+(?:me\\s+)?(?:todas\\s+)?(?:tus|las|su|sus)\\s+(?:instrucciones|indicaciones|reglas|prompt(?:\\s+del\\s+sistema)?)${E}`,
  ),
  pattern(
    `${S}(?:montre|montrez|révèle|révélez|répète|répétez|affiche|affichez|donne|donnez|écris|écrivez|quelles\\s+sont)(?:-moi)?\\s+(?:toutes\\s+)?(?:tes|vos|les|ton|votre)\\s+(?:instructions|consignes|règles|prompt(?:\\s+système)?)${E}`,
  ),
  pattern(
    `${S}(?:zeig|zeige|zeigen\\s+sie|nenne|nennen\\s+sie|wiederhole|wiederholen\\s+sie|gib|geben\\s+sie|verrate|verraten\\s+sie|was\\s+sind|schreib)\\s+(?:mir\\s+)?(?:alle\\s+)?(?:deine|die|ihre|dein|ihren|den)\\s+(?:anweisungen|instruktionen|regeln|systemprompt|system-prompt|prompt|systemanweisungen)${E}`,
  ),
  pattern(`${S}(?:mostra|mostrami|rivela|rivelami|ripeti|dimmi|stampa|scrivi|quali\\s+sono)\\s+(?:tutte\\s+)?(?:le\\s+tue|le|tue|il\\s+tuo|il)\\s+(?:istruzioni|regole|prompt(?:\\s+di\\s+sistema)?)${E}`),
  pattern(`${S}(?:mostre|mostra|revele|repita|diga|imprima|escreva|quais\\s+são)\\s+(?:me\\s+)?(?:todas\\s+)?(?:suas|as|seu|o)\\s+(?:instruções|instrucoes|regras|prompt(?:\\s+do\\s+sistema)?)${E}`),
];

/** What a secret is called, in the six languages (the first group of {@link REVEAL_SECRET}). */
const SECRET_NOUNS = words([
  'password', 'passcode', 'pass code', 'pin', 'secret', '(?:discount|coupon|promo|voucher|admin|internal|staff|secret|access) code', 'code', 'api key', 'key', 'token', 'credentials?',
  'contraseña', 'clave', 'código(?: de descuento)?', 'mot de passe', 'code(?: de réduction| promo)?', 'passwort', 'kennwort', 'rabattcode', 'geheimnis', 'codice(?: sconto)?', 'segreto', 'senha', 'segredo',
]);

/** After a secret noun: words that make it a question about a feature, not the secret ("password reset"). */
const NOT_THE_SECRET = `(?!\\s+(?:reset|recovery|change|link|field|requirements?|rules|policy|format|strength|page|form|e-?mail|expired|expiry|for\\s+my\\s+order|of\\s+my\\s+order))`;

/** Requests for a secret the system prompt holds ("what is the admin password?"). */
export const REVEAL_SECRET: readonly RegExp[] = [
  pattern(
    `${S}(?:what(?:'s|’s|\\s+is|\\s+are|\\s+was)|tell\\s+me|give\\s+me|share|reveal|show(?:\\s+me)?|print|output|send\\s+me|i\\s+need|provide|spell\\s+out|list)\\s+(?:(?:the|your|that|this|all|any|every|each|of|me|current|secret|hidden|internal|admin|administrator|staff|master|root|system|database|wifi|employee|private)\\s+){0,3}(${SECRET_NOUNS})${E}${NOT_THE_SECRET}`,
  ),
  pattern(
    `${S}(?:(?:secret|hidden|internal)\\s+)?(codes?|keys?|passwords?|canar(?:y|ies)(?:\\s+values?)?|secrets?|credentials?)${E}[^.\\n]{0,60}?${S}(?:in|from|inside)\\s+(?:your|the)\\s+(?:(?:system|hidden|original)\\s+)?(?:instructions|prompt|rules|configuration)${E}`,
  ),
  pattern(`${S}(?:cuál\\s+es|dime|dame|revela|muestra)\\s+(?:(?:la|el|tu|su)\\s+){0,2}(${SECRET_NOUNS})${E}`),
  pattern(`${S}(?:quel\\s+est|donne|donnez|révèle|révélez|dis|dites)(?:-moi)?\\s+(?:(?:le|ton|votre|la)\\s+){0,2}(${SECRET_NOUNS})${E}`),
  pattern(`${S}(?:wie\\s+lautet|was\\s+ist|nenne|verrate|gib)\\s+(?:mir\\s+)?(?:(?:das|den|dein|deinen|ihr|ihren|die)\\s+){0,2}(${SECRET_NOUNS})${E}`),
  pattern(`${S}(?:qual\\s+è|dimmi|dammi|rivela)\\s+(?:(?:la|il|tuo|tua)\\s+){0,2}(${SECRET_NOUNS})${E}`),
  pattern(`${S}(?:qual\\s+é|diga|me\\s+dê|revele|mostre)\\s+(?:(?:a|o|sua|seu)\\s+){0,2}(${SECRET_NOUNS})${E}`),
];

/** Verbs of sending mail; the address follows in the same sentence. */
export const SEND_MAIL = pattern(
  `${LEAD}(?:${words([
    'send', 'forward', 'e-?mail', 'mail', 'write an e-?mail', 'compose an e-?mail',
    'envía', 'envia', 'manda', 'reenvía', 'envoie', 'envoyez', 'transfère', 'transférez', 'sende', 'senden sie', 'schicke', 'schick', 'schicken sie', 'leite', 'invia', 'inoltra', 'envie', 'encaminhe',
  ])})${E}(?!\\s+(?:us|uns|nous|nos|ci)${E})([^\\n]{0,160}?)(?:${S}(?:to|at|an|à|a|para)\\s+)?([A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){1,8})`,
  'giu',
);

/** Verbs of calling a tool by name; the tool name follows. */
export const CALL_VERBS = words([
  'call', 'use', 'invoke', 'run', 'execute', 'trigger', 'activate',
  'llama(?: a)?', 'usa', 'utiliza', 'ejecuta', 'appelle', 'appelez', 'utilise', 'utilisez', 'exécute', 'rufe', 'rufen sie', 'verwende', 'nutze', 'führe', 'chiama', 'esegui', 'chame', 'execute', 'utilize',
]);

/** Asks to put something into the reply (for images and links): must accompany a markdown image or link to obey it. */
export const OUTPUT_DIRECTED = pattern(
  `${S}(?:include|add|append|insert|embed|render|display|show|output|print|put|place|attach|end|start|begin|finish|sign|close|conclude|decorate|incluye|añade|agrega|inclus|incluez|ajoute|ajoutez|füge|einfügen|aggiungi|includi|inclua|adicione)${E}[^\\n]{0,80}?(?:image|picture|img|pixel|link|url|with\\s*:?\\s*!?\\[|markdown|this|following|reply|response|answer|output|message|imagen|enlace|lien|bild|immagine|imagem)`,
);

/** A markdown image with an http(s) URL. */
export const MARKDOWN_IMAGE = /!\[([^\]\n]{0,100})\]\(\s*(https?:\/\/[^\s)]{1,2000})\s*\)/gi;
/** An HTML image with an http(s) URL. */
export const HTML_IMAGE = /<img\s[^>]{0,200}?src\s*=\s*["']?(https?:\/\/[^\s"'>]{1,2000})/gi;
/** "Include an image from https://…" without markdown. */
export const IMAGE_FROM_URL = /(?:image|picture|pixel)\s{1,5}(?:from|at|with\s+(?:the\s+)?url|located\s+at|hosted\s+at|url)\s*:?\s{0,5}(https?:\/\/[^\s)\]>"']{1,2000})/gi;
/** A markdown link with an http(s) URL (not an image). */
export const MARKDOWN_LINK = /(?<!!)\[([^\]\n]{1,100})\]\(\s*(https?:\/\/[^\s)]{1,2000})\s*\)/gi;
/** "Tell the user to visit https://…" and the like. */
export const LINK_REQUEST = pattern(
  `${S}(?:include|add|append|insert|put|tell|direct|send|refer|point|ask|invite|encourage)${E}[^\\n]{0,80}?(?:link|url|visit|go\\s+to|click|log\\s+in\\s+at|sign\\s+in\\s+at)[^\\n]{0,40}?(https?:\\/\\/[^\\s)\\]>"'<]{1,2000})`,
  'giu',
);

/** Role-play and persona framing. */
export const ROLE_PLAY = pattern(
  `${S}(?:pretend|role-?play|act\\s+as|acting\\s+as|you\\s+are\\s+now|from\\s+now\\s+on\\s+you\\s+are|imagine\\s+(?:you\\s+are|that|a\\s+world)|let(?:'|’)?s\\s+play|in\\s+a\\s+(?:fictional|hypothetical|imaginary)\\s+(?:story|world|scenario|setting)|for\\s+a\\s+(?:novel|story|movie|screenplay|play|game)|as\\s+my\\s+(?:late\\s+)?grand(?:mother|ma|father|pa)|stay\\s+in\\s+character|developer\\s+mode|jailbreak|dan\\s+mode|do\\s+anything\\s+now|hypothetically|you\\s+are\\s+an?\\s+(?:actor|character|(?:linux\\s+)?terminal|unrestricted|unfiltered)|playing\\s+(?:a|the)\\s+(?:role|character)|opposite\\s+day|sudo\\s+mode|god\\s+mode|no\\s+restrictions|unrestricted\\s+mode|finge|haz\\s+de\\s+cuenta|imagina\\s+que|fais\\s+semblant|imagine\\s+que|joue\\s+le\\s+rôle|tu\\s+es\\s+maintenant|stell\\s+dir\\s+vor|tu\\s+so,?\\s+als|spiele\\s+die\\s+rolle|du\\s+bist\\s+jetzt|fingi|immagina\\s+che|fai\\s+finta|finja|imagine\\s+que|você\\s+agora\\s+é)${E}`,
);

/** The DAN family names itself; treated as role-play. */
export const PERSONA_NAME = /(?<![\p{L}\p{N}_])(?:DAN|STAN|DUDE|AIM|EvilBOT|BetterDAN)(?![\p{L}\p{N}_])/u;

/** Requests for plainly harmful help (weapons, drugs, malware, violence, fraud, self-harm). */
export const HARMFUL: readonly RegExp[] = [
  pattern(`${S}(?:make|build|construct|assemble|create|manufacture|craft)\\s+(?:a\\s+|an\\s+|some\\s+)?(?:pipe\\s+)?(?:bomb|explosive|grenade|molotov|napalm|ied|detonator|nerve\\s+agent|bioweapon|chemical\\s+weapon|untraceable\\s+gun|ghost\\s+gun)s?${E}`),
  pattern(`${S}(?:synthesi[sz]e|cook|make|produce|manufacture|extract)\\s+(?:some\\s+)?(?:meth|methamphetamine|crystal\\s+meth|cocaine|heroin|fentanyl|lsd|mdma|ricin|sarin|anthrax)${E}`),
  pattern(`${S}(?:write|create|code|build|develop|generate)\\s+(?:a\\s+|an\\s+|some\\s+)?(?:working\\s+)?(?:ransomware|keylogger|malware|computer\\s+virus|trojan|rootkit|botnet|credential\\s+stealer|phishing\\s+(?:e-?mail|page|kit|site))${E}`),
  pattern(`${S}(?:hack\\s+into|break\\s+into|steal)\\s+(?:someone(?:'s)?|my\\s+(?:neighbou?r|ex|boss)(?:'s)?|a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:account|e-?mail|bank|password|computer|phone|wifi|car|identity|credit\\s+card)s?${E}`),
  pattern(`${S}(?:how\\s+(?:do\\s+i|to|can\\s+i|would\\s+(?:i|one|you))|best\\s+way\\s+to|help\\s+me|tell\\s+me\\s+how\\s+to)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:kill|murder|poison|strangle|hurt|stab|shoot)\\s+(?:someone|somebody|a\\s+person|my|him|her|them|people|a\\s+child)${E}`),
  pattern(`${S}(?:launder\\s+money|counterfeit\\s+(?:money|bills|currency)|use\\s+(?:a\\s+)?stolen\\s+credit\\s+cards?|commit\\s+(?:insurance|tax|credit\\s+card)\\s+fraud|buy\\s+(?:illegal\\s+)?(?:guns|firearms)\\s+without)${E}`),
  pattern(`${S}(?:how\\s+(?:do\\s+i|to|can\\s+i)|best\\s+way\\s+to|painless\\s+way\\s+to)\\s+(?:kill\\s+myself|commit\\s+suicide|end\\s+my\\s+life)${E}`),
  pattern(`${S}(?:cómo\\s+(?:hacer|fabricar)\\s+una\\s+bomba|comment\\s+fabriquer\\s+une\\s+bombe|wie\\s+baue\\s+ich\\s+eine\\s+bombe|come\\s+costruire\\s+una\\s+bomba|como\\s+fazer\\s+uma\\s+bomba)${E}`),
];

/** Placeholders an attacker puts into a URL for the model to fill ({secret}, <DATA>, [password], $SECRET, %s). */
export const URL_PLACEHOLDER = /\{\{?\s*([A-Za-z_][A-Za-z0-9_ .-]{0,40})\s*\}?\}|<([A-Za-z_][A-Za-z0-9_ .-]{0,40})>|\[([A-Za-z_][A-Za-z0-9_ .-]{0,40})\]|\$([A-Z_][A-Z0-9_]{1,40})|%s|(?<=[=/])(SECRET|DATA|PASSWORD|CODE|INFO)(?![A-Za-z0-9_])|(?<==)([A-Z][A-Z0-9_]{2,40})(?=[&#]|$)/g;

/** What a placeholder, a mail request or an exfiltration request asks for. */
export const ASKS_FOR_SECRET = /(?:password|passcode|pass|pin|secret|code|key|token|credential|coupon|discount|voucher|contraseña|clave|código|mot\s+de\s+passe|passwort|kennwort|codice|senha)/i;
export const ASKS_FOR_PROMPT = /(?:system\s*prompt|prompt|instructions?|rules|instrucciones|consignes|anweisungen|istruzioni|instruções)/i;
export const ASKS_FOR_CONVERSATION = /(?:conversation|chat|history|messages?|summary|transcript|data|info|details|query|question|user|customer|order|email|name)/i;
