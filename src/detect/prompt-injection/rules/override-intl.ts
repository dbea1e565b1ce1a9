/**
 * Instruction override in languages other than English: "ignore all previous instructions"
 * as native speakers and machine translation phrase it. Each rule wants a verb of ignoring or
 * forgetting, a word for earlier and a word for instructions or rules, so "ignore my previous
 * question" or "forget the typos" in any of these languages does not match.
 */
import { alt, chars, pattern, words } from './pattern-parts.js';
import { A, B, E, S, overrideRule } from './override-rule.js';
import type { InjectionRule } from './rule-types.js';

// German: "Ignoriere alle vorherigen Anweisungen", "Vergessen Sie alle vorherigen Anweisungen",
// "Alle vorherigen Anweisungen ignorieren".
const DE_VERB = alt('ignorier(?:e|en|t)?', 'missacht(?:e|en|et)?', 'vergiss', 'vergessen', 'verwirf', 'verwerfen');
const DE_EARLIER = alt(
  'vorherig(?:e|en)?', 'vorig(?:e|en)', 'bisherig(?:e|en)', 'früher(?:e|en)', 'obig(?:e|en)', 'vorangegangen(?:e|en)',
  'vorhergehend(?:e|en)', 'vorausgegangen(?:e|en)', 'ursprünglich(?:e|en)', 'zuvor (?:erhaltenen|gegebenen)', 'alten',
);
const DE_NOUN = alt(
  'anweisung(?:en)?', 'instruktion(?:en)?', 'befehle', 'regeln', 'anordnungen', 'vorgaben', 'richtlinien', 'direktiven',
  'aufträge', 'einschränkungen', 'systemanweisungen', 'systemprompts?',
);
const de = overrideRule({
  lang: 'de',
  name: 'German',
  keywords: ['ignorier', 'missacht', 'vergiss', 'vergessen', 'verwirf', 'verwerfen'],
  patterns: [
    pattern(A, DE_VERB, S, words(3), DE_EARLIER, S, words(1), DE_NOUN, E),
    pattern(A, DE_EARLIER, S, words(1), DE_NOUN, S, words(3), alt('ignorieren', 'vergessen', 'missachten', 'verwerfen'), E),
    pattern(A, 'vergiss', S, 'alles', ',?', S, alt('was', 'das'), S, words(4), alt('gesagt', 'beigebracht', 'aufgetragen', 'angewiesen', 'vorgegeben'), E),
  ],
  own: /(?<![\p{L}])(?:meine|meinen|unsere|unseren|nicht)(?![\p{L}])/u,
});

// French: "Ignorez les instructions précédentes", "Oubliez toutes vos instructions".
const FR_VERB = alt('ignor(?:e|ez|er|es)', 'oubli(?:e|ez|er|es)', 'ne (?:tiens|tenez|tenir) (?:pas|plus) compte', 'fai(?:s|tes) abstraction', 'outrepass(?:e|ez|er)', 'néglig(?:e|ez|er)');
const FR_NOUN = alt('instructions?', 'consignes?', 'directives?', 'règles', 'indications', 'ordres', 'commandes', 'prompts?');
const FR_EARLIER = alt('précédentes?', 'antérieures?', 'ci-dessus', "d'avant", 'initiales', 'originales', "d'origine", 'données (?:auparavant|précédemment|plus haut)', 'reçues', 'du système', 'système');
const fr = overrideRule({
  lang: 'fr',
  name: 'French',
  keywords: ['précédent', 'antérieur', 'ci-dessus', "d'avant", 'initiales', 'originales', "d'origine", 'données', 'reçues', 'système', 'vos instructions', 'tes instructions', 'vos consignes', 'tes consignes', 'vos règles', 'tes règles', 'vos directives', 'tes directives', 'tout ce'],
  patterns: [
    pattern(A, FR_VERB, S, words(3), FR_NOUN, S, words(1), FR_EARLIER, E),
    pattern(A, FR_VERB, S, '(?:toutes\\s)?', alt('vos', 'tes'), S, FR_NOUN, E),
    pattern(A, 'oubli(?:e|ez)', S, 'tout ce', S, alt("qu'on", 'que (?:vous avez|tu as)', "qu'il"), S, words(4), alt('reçu', 'dit', 'appris', 'instruit'), E),
  ],
  own: /(?<![\p{L}])(?:mes|mon|ma|nos|notre)(?![\p{L}])/u,
  negation: /(?:n'|(?<![\p{L}])ne\s)$/u,
});

// Spanish: "Ignora las instrucciones anteriores", "Olvida todas tus instrucciones anteriores".
const ES_VERB = alt('ignor(?:a|e|ad|en|ar)', 'olvid(?:a|e|ad|en|ar)', 'olvídate de', 'olvídese de', 'olvidate de', 'haz caso omiso (?:a|de)', 'hagan caso omiso (?:a|de)', 'descart(?:a|e|ar)', 'omit(?:e|a|ir)', 'no (?:hagas|haga) caso (?:a|de)', 'desobedece');
const ES_NOUN = alt('instrucciones', 'indicaciones', 'reglas', 'directrices', 'órdenes', 'normas', 'directivas', 'consignas', 'comandos');
const ES_EARLIER = alt('anteriores', 'previas', 'de arriba', 'precedentes', 'iniciales', 'originales', 'del sistema', 'que (?:te|se) (?:dieron|han dado|dio)');
const es = overrideRule({
  lang: 'es',
  name: 'Spanish',
  keywords: ['instrucciones', 'indicaciones', 'reglas', 'directrices', 'órdenes', 'normas', 'directivas', 'consignas', 'comandos', 'restricciones'],
  patterns: [
    pattern(A, ES_VERB, S, words(3), ES_NOUN, S, words(1), ES_EARLIER, E),
    pattern(A, ES_VERB, S, '(?:todas\\s)?', alt('tus', 'sus'), S, ES_NOUN, E),
    pattern(A, ES_VERB, S, words(3), alt('reglas', 'normas', 'restricciones'), S, 'que te', S, alt('dicen', 'impiden', 'prohíben', 'limitan'), E),
  ],
  own: /(?<![\p{L}])(?:mis|mi|nuestras)(?![\p{L}])/u,
  negation: /(?<![\p{L}])no\s$/u,
});

// Italian: "Ignora le istruzioni precedenti", "Dimentica tutte le tue istruzioni".
const IT_VERB = alt('ignor(?:a|i|ate|are)', 'dimentic(?:a|hi|ate|are)', 'trascur(?:a|i|ate|are)', 'non (?:tenere|tener) conto (?:di|delle)', 'non considerare', 'tralascia');
const IT_NOUN = alt('istruzioni', 'indicazioni', 'regole', 'direttive', 'ordini', 'comandi', 'consegne');
const IT_EARLIER = alt('precedenti', 'di prima', 'sopra', 'iniziali', 'originali', 'ricevute', 'date in precedenza', 'fornite', 'del sistema');
const it = overrideRule({
  lang: 'it',
  name: 'Italian',
  keywords: ['istruzioni', 'indicazioni', 'regole', 'direttive', 'ordini', 'comandi', 'consegne'],
  patterns: [
    pattern(A, IT_VERB, S, words(3), IT_NOUN, S, words(1), IT_EARLIER, E),
    pattern(A, IT_VERB, S, '(?:tutte\\s)?(?:le\\s)?', alt('tue', 'sue'), S, IT_NOUN, E),
  ],
  own: /(?<![\p{L}])(?:mie|mia|nostre)(?![\p{L}])/u,
  negation: /(?<![\p{L}])non\s$/u,
});

// Portuguese: "Ignore as instruções anteriores", "Esqueça todas as suas instruções anteriores".
const PT_VERB = alt('ignor(?:e|a|ar|em)', 'esqueç(?:a|am)', 'esquec(?:e|er|a)', 'desconsider(?:e|a|ar)', 'despreze', 'não (?:siga|sigas|obedeça)');
const PT_NOUN = alt('instruções', 'instrucoes', 'orientações', 'regras', 'diretrizes', 'diretivas', 'ordens', 'comandos', 'indicações');
const PT_EARLIER = alt('anteriores', 'prévias', 'previas', 'acima', 'iniciais', 'originais', 'de antes', 'recebidas', 'do sistema');
const pt = overrideRule({
  lang: 'pt',
  name: 'Portuguese',
  keywords: ['instruções', 'instrucoes', 'orientações', 'regras', 'diretrizes', 'diretivas', 'ordens', 'comandos', 'indicações'],
  patterns: [
    pattern(A, PT_VERB, S, words(3), PT_NOUN, S, words(1), PT_EARLIER, E),
    pattern(A, PT_VERB, S, '(?:todas\\s)?(?:as\\s)?', alt('suas', 'tuas'), S, PT_NOUN, E),
  ],
  own: /(?<![\p{L}])(?:minhas|minha|nossas)(?![\p{L}])/u,
  negation: /(?<![\p{L}])(?:não|nao|nunca)\s$/u,
});

// Dutch: "Negeer alle vorige instructies", "Vergeet je eerdere instructies".
const NL_EARLIER = alt('vorige', 'eerdere', 'voorgaande', 'bovenstaande', 'oorspronkelijke', 'oude', 'gegeven');
const NL_NOUN = alt('instructies', 'instructie', 'aanwijzingen', 'regels', 'opdrachten', 'richtlijnen', 'commando\'s', 'systeeminstructies');
const nl = overrideRule({
  lang: 'nl',
  name: 'Dutch',
  keywords: ['negeer', 'negeren', 'vergeet', 'vergeten', 'niet op'],
  patterns: [
    pattern(A, alt('negeer', 'vergeet', 'let niet op'), S, words(3), NL_EARLIER, S, words(1), NL_NOUN, E),
    pattern(A, NL_EARLIER, S, words(1), NL_NOUN, S, words(2), alt('negeren', 'vergeten'), E),
  ],
  own: /(?<![\p{L}])(?:mijn|onze|niet vergeten)(?![\p{L}])/u,
});

// Russian: "Игнорируй все предыдущие инструкции", "Забудьте все предыдущие указания".
const RU_VERB = alt('(?:про)?игнорир(?:уй|уйте|овать)', 'проигнорир(?:уй|уйте)', 'забудь(?:те)?', 'забыть', 'не обращай(?:те)? внимания на', 'отбрось(?:те)?', 'отбросить', 'пренебреги(?:те)?', 'не (?:следуй|слушай)(?:те)?');
const RU_EARLIER = alt('предыдущ(?:ие|их|им)', 'прежн(?:ие|их|им)', 'вышеуказанн(?:ые|ых|ым)', 'вышеизложенн(?:ые|ых)', 'прошл(?:ые|ых)', 'ранее (?:данные|полученные)', 'изначальн(?:ые|ых)', 'исходн(?:ые|ых)', 'старые', 'системные');
const RU_NOUN = alt('инструкци(?:и|ям|й)', 'указани(?:я|й|ям)', 'правил(?:а|ам)?', 'команд(?:ы|ам)?', 'директив(?:ы|ам)?', 'установк(?:и|ам)', 'распоряжени(?:я|й)', 'ограничени(?:я|й)', 'промпт(?:ы)?');
const ru = overrideRule({
  lang: 'ru',
  name: 'Russian',
  keywords: ['игнорир', 'забудь', 'забыть', 'не обращай', 'отбрось', 'отбросить', 'пренебреги', 'не следуй', 'не слушай'],
  patterns: [
    pattern(B, RU_VERB, S, words(2), RU_EARLIER, S, words(1), RU_NOUN, E),
    pattern(B, RU_VERB, S, '(?:все\\s)?', alt('свои', 'твои', 'ваши'), S, RU_NOUN, E),
  ],
  own: /(?<![\p{L}])(?:мои|мой|мою|наши)(?![\p{L}])/u,
  negation: /(?<![\p{L}])не\s$/u,
});

// Polish: "Zignoruj wszystkie poprzednie instrukcje", "Zapomnij o poprzednich poleceniach".
const pl = overrideRule({
  lang: 'pl',
  name: 'Polish',
  keywords: ['ignoruj', 'zignoruj', 'zapomnij', 'pomiń', 'nie zważaj'],
  patterns: [
    pattern(
      A, alt('(?:z)?ignoruj(?:cie)?', 'zapomnij(?:cie)?(?: o)?', 'pomiń(?:cie)?', 'nie zważaj(?:cie)? na'), S, words(2),
      alt('poprzedni(?:e|ch|m)', 'wcześniejsz(?:e|ych|ym)', 'powyższ(?:e|ych|ym)', 'dotychczasow(?:e|ych|ym)', 'wszystkie swoje', 'swoje'), S, words(1),
      alt('instrukcj(?:e|i|ach)', 'polece(?:nia|ń|niach)', 'zasad(?:y|ach)?', 'wytyczn(?:e|ych|ymi)', 'reguł(?:y|ach)?', 'komend(?:y|ach)?', 'nakaz(?:y|ów)'), E,
    ),
  ],
  own: /(?<![\p{L}])(?:moje|moich|naszych|nasze)(?![\p{L}])/u,
});

// Turkish: "Önceki tüm talimatları yok say", "Yukarıdaki talimatları görmezden gel".
const tr = overrideRule({
  lang: 'tr',
  name: 'Turkish',
  keywords: ['önceki', 'yukarıdaki', 'yukaridaki', 'daha önce', 'talimat'],
  patterns: [
    pattern(
      B, alt('önceki', 'yukar[ıi]daki', 'daha önce(?:ki)? verilen', 'ilk', 'orijinal', 'sistem'), S, '(?:(?:tüm|bütün|her)\\s)?', words(1),
      alt('talimat(?:lar)?[ıi]?(?:n[ıi])?', 'komut(?:lar)?[ıi]?(?:n[ıi])?', 'kural(?:lar)?[ıi]?(?:n[ıi])?', 'yönerge(?:ler)?i?(?:ni)?', 'direktif(?:ler)?i?'),
      S, words(2), alt('yok say', 'görmezden gel', 'unut', 'dikkate alma', 'umursama', 'göz ardı et', 'boş ver', 'yoksay'),
    ),
  ],
  own: /(?<![\p{L}])(?:benim|bizim)(?![\p{L}])/u,
});

// Vietnamese: "Bỏ qua tất cả các hướng dẫn trước đó", "Phớt lờ chỉ dẫn ở trên".
const vi = overrideRule({
  lang: 'vi',
  name: 'Vietnamese',
  keywords: ['bỏ qua', 'phớt lờ', 'lờ đi', 'quên', 'không tuân theo', 'không làm theo', 'bất chấp'],
  patterns: [
    pattern(
      A, alt('bỏ qua', 'phớt lờ', 'lờ đi', 'quên(?: đi)?(?: hết)?', 'không (?:cần )?(?:tuân theo|làm theo)', 'bất chấp'), S, words(3),
      alt('hướng dẫn', 'chỉ dẫn', 'chỉ thị', 'chỉ lệnh', 'lệnh', 'quy tắc', 'yêu cầu'), S, words(2),
      alt('trước(?: đó| đây)?', 'ở trên', 'phía trên', 'ban đầu', 'cũ', 'của hệ thống'), E,
    ),
  ],
  own: /(?<![\p{L}])(?:tôi|của tôi|chúng tôi|câu hỏi)(?![\p{L}])/u,
});

// Indonesian / Malay: "Abaikan semua instruksi sebelumnya", "Lupakan instruksi sebelumnya".
const id = overrideRule({
  lang: 'id',
  name: 'Indonesian',
  keywords: ['abaikan', 'lupakan', 'hiraukan', 'acuhkan', 'jangan ikuti', 'jangan pedulikan'],
  patterns: [
    pattern(
      A, alt('abaikan', 'lupakan', 'hiraukan', 'acuhkan', 'jangan (?:ikuti|pedulikan)'), S, words(2),
      alt('instruksi', 'perintah', 'petunjuk', 'aturan', 'arahan', 'pedoman'), '(?:-\\S{1,20})?', S, '(?:yang\\s)?',
      alt('sebelumnya', 'di atas', 'terdahulu', 'awal', 'sistem', '(?:telah|sudah) diberikan'), E,
    ),
    pattern(A, alt('abaikan', 'lupakan'), S, '(?:semua\\s)?', alt('instruksi', 'perintah', 'aturan', 'arahan'), S, 'anda', E),
  ],
  own: /(?<![\p{L}])(?:saya|kami|pertanyaan)(?![\p{L}])/u,
});

// Chinese: "忽略之前的所有指令", "无视之前的指示", "忘记你的规则".
const ZH_VERB = alt('忽略(?:掉)?', '无视', '無視', '忽视', '忽視', '不要理会', '不要理會', '不理会', '不理會', '忘记', '忘記', '忘掉', '抛开', '拋開', '放弃', '放棄', '跳过', '跳過', '不要遵守', '不再遵守', '别管', '別管', '丢弃', '丟棄');
const ZH_EARLIER = alt('之前', '以前', '先前', '上面', '上述', '前面', '此前', '早先', '原来', '原來', '原先', '所有', '全部', '你的', '您的', '系统', '系統', '一切');
const ZH_NOUN = alt('指令', '指示', '说明(?!书)', '說明(?!書)', '规则', '規則', '提示词', '提示詞', '命令', '要求', '设定', '設定', '限制', '规定', '規定', '约束', '約束');
const zh = overrideRule({
  lang: 'zh',
  name: 'Chinese',
  keywords: ['忽略', '无视', '無視', '忽视', '忽視', '理会', '理會', '忘记', '忘記', '忘掉', '抛开', '拋開', '放弃', '放棄', '跳过', '跳過', '遵守', '别管', '別管', '丢弃', '丟棄'],
  patterns: [pattern('(?<![我他她不别別没沒要])', ZH_VERB, chars(6), ZH_EARLIER, chars(6), ZH_NOUN)],
  own: /我/,
});

// Japanese: "前の指示をすべて無視して", "これまでの指示は忘れてください".
const JA_EARLIER = alt('前', '以前', 'これまで', '今まで', '上記', '先', '最初', '元', '従来', '上', 'システム', 'あなた', '全て', 'すべて');
const JA_NOUN = alt('指示', '命令', '指令', 'ルール', 'インストラクション', '設定', 'プロンプト', '制約', '規則');
const ja = overrideRule({
  lang: 'ja',
  name: 'Japanese',
  keywords: ['無視', '忘れ'],
  patterns: [
    pattern(JA_EARLIER, '(?:の|に与えられた)', '(?:(?:全て|すべて|全部)の)?', chars(4), JA_NOUN, chars(4), '(?:を|は|も)', chars(6), alt('無視', '忘れ')),
    pattern(alt('無視して', '忘れて'), chars(4), JA_EARLIER, 'の', chars(4), JA_NOUN),
  ],
  own: /私の|僕の|質問/,
});

// Korean: "이전 지시를 무시하고", "이전의 모든 지시사항을 무시하십시오".
const ko = overrideRule({
  lang: 'ko',
  name: 'Korean',
  keywords: ['무시', '잊어', '잊고', '잊으', '따르지'],
  patterns: [
    pattern(
      alt('이전', '앞의', '앞선', '위의', '기존', '지금까지의', '원래의', '처음의', '시스템', '당신의', '너의', '네'), '(?:의)?\\s?(?:모든\\s?)?',
      alt('지시', '지침', '명령', '규칙', '설정', '안내', '프롬프트', '제약', '지령', 'instructions?'), '(?:\\s?사항)?(?:들)?(?:을|를|은|는|도)?\\s?',
      '(?:(?:모두|전부|다)\\s?)?', alt('무시', '잊어', '잊고', '잊으', '따르지'),
    ),
  ],
  own: /내\s|제\s|나의|저의|질문/,
});

// Arabic: "تجاهل التعليمات السابقة", "انسَ جميع تعليماتك السابقة".
const AR_VERB = alt('تجاهل(?:ي|وا)?', 'انس(?:ى|ي|وا)?', 'تناس(?:ى|ي)?', 'تغاض(?:ى|ي)? عن', '[أا]همل(?:ي|وا)?', 'لا (?:تتبع|تلتزم ب|تطع)', 'تخط(?:ى|ي)?');
const ar = overrideRule({
  lang: 'ar',
  name: 'Arabic',
  keywords: ['تجاهل', 'انس', 'تناس', 'تغاض', 'همل', 'لا تتبع', 'لا تلتزم', 'لا تطع', 'تخط'],
  patterns: [
    pattern(
      B, AR_VERB, S, words(2),
      alt('(?:ال)?تعليمات(?:ك)?', '(?:ال)?توجيهات(?:ك)?', '(?:ال)?[أا]وامر(?:ك)?', '(?:ال)?قواعد(?:ك)?', '(?:ال)?[إا]رشادات(?:ك)?'),
      S, words(1), alt('السابقة', 'الماضية', 'المذكورة', '[أا]علاه', 'الأصلية', 'الاصلية', 'القديمة', 'الأولى'), E,
    ),
    pattern(B, AR_VERB, S, alt('كل', 'جميع'), S, 'ما', S, words(3), alt('من قبل', 'سابقا', 'سابقًا', 'قبل ذلك')),
  ],
});

// Hindi: "पिछले निर्देशों को अनदेखा करें", "पिछले निर्देशों की अनदेखी करें", "पिछले निर्देशों को भूल जाओ".
const hi = overrideRule({
  lang: 'hi',
  name: 'Hindi',
  keywords: ['पिछले', 'पिछली', 'पूर्व', 'पहले', 'ऊपर', 'जो भी', 'जो कुछ'],
  patterns: [
    pattern(
      alt('पिछले', 'पिछली', 'पूर्व', 'पहले के', 'पहले दिए गए', 'ऊपर के', 'ऊपर दिए गए', 'मूल'), S, '(?:सभी\\s|सारे\\s)?',
      alt('निर्देशों', 'निर्देश', 'आदेशों', 'आदेश', 'नियमों', 'नियम', 'हिदायतों', 'निर्देशन'), S, '(?:को\\s|की\\s|का\\s)?', words(1),
      alt('अनदेखा', 'अनदेखी', 'नज़रअंदाज़?', 'नजरअंदाज', 'भूल', 'उपेक्षा', 'इग्नोर'),
    ),
    pattern(
      alt('जो भी', 'जो कुछ'), S, alt('आपको', 'तुम्हें', 'तुमको'), S, alt('बताया', 'सिखाया', 'कहा'), S, 'गया', S, alt('है', 'था'), S, words(2),
      alt('अनदेखा', 'अनदेखी', 'नज़रअंदाज़?', 'नजरअंदाज', 'भूल', 'उपेक्षा'),
    ),
  ],
  own: /मेरे|मेरी|हमारे/,
});

// Greek: "Αγνοήστε τις προηγούμενες οδηγίες".
const el = overrideRule({
  lang: 'el',
  name: 'Greek',
  keywords: ['αγνό', 'αγνο', 'ξέχα', 'ξεχά', 'ξεχν', 'ξέχν'],
  patterns: [
    pattern(
      B, alt('αγνόησε', 'αγνοήστε', 'αγνόησέ', 'αγνοείστε', 'ξέχνα', 'ξεχάστε', 'ξέχασε', 'ξεχνάτε'), S, words(2),
      alt('προηγούμενες', 'παραπάνω', 'αρχικές', 'προηγούμενους', 'παλιές'), S, alt('οδηγίες', 'εντολές', 'κανόνες', 'οδηγίες σου'), E,
    ),
  ],
  own: /(?<![\p{L}])(?:μου|μας)(?![\p{L}])/u,
});

// Bengali: "আপনার আগের নির্দেশগুলি উপেক্ষা করুন".
const bn = overrideRule({
  lang: 'bn',
  name: 'Bengali',
  keywords: ['উপেক্ষা', 'ভুলে', 'অগ্রাহ্য'],
  patterns: [
    pattern(
      alt('আগের', 'পূর্ববর্তী', 'পূর্বের', 'উপরের', 'পূর্বে দেওয়া'), S, '(?:সব\\s|সমস্ত\\s)?',
      alt('নির্দেশ', 'নির্দেশনা', 'আদেশ', 'নিয়ম'), '\\S{0,12}', S, words(1), alt('উপেক্ষা', 'ভুলে', 'অগ্রাহ্য'),
    ),
    pattern(alt('আপনাকে', 'তোমাকে'), S, 'যা', S, alt('বলা', 'শেখানো'), S, 'হয়েছে', S, '(?:তা\\s)?', alt('উপেক্ষা', 'ভুলে', 'অগ্রাহ্য')),
  ],
  own: /আমার|আমাদের/,
});

// Thai: "ไม่ต้องสนใจคำสั่งก่อนหน้า", "ลืมคำแนะนำก่อนหน้านี้".
const th = overrideRule({
  lang: 'th',
  name: 'Thai',
  keywords: ['ละเว้น', 'ไม่ต้องสนใจ', 'อย่าไปสนใจ', 'อย่าสนใจ', 'ลืม', 'เพิกเฉย', 'ข้าม'],
  patterns: [
    pattern(
      alt('ละเว้น', 'ไม่ต้องสนใจ', 'อย่าไปสนใจ', 'อย่าสนใจ', 'ลืม', 'เพิกเฉย(?:ต่อ)?', 'ข้าม'), chars(10),
      alt('คำสั่ง', 'คำแนะนำ', 'กฎ', 'ข้อกำหนด', 'คำชี้แจง'), chars(8), alt('ก่อนหน้า', 'ข้างต้น', 'เดิม', 'ที่ผ่านมา', 'ของระบบ'),
    ),
  ],
  own: /ของฉัน|ของผม|คำถาม/,
});

// Tagalog: "Kalimutan ang iyong mga tagubilin", "Huwag pansinin ang mga naunang tagubilin".
const tl = overrideRule({
  lang: 'tl',
  name: 'Tagalog',
  keywords: ['kalimutan', 'balewalain', 'huwag pansinin', 'huwag sundin'],
  patterns: [
    pattern(
      A, alt('kalimutan', 'balewalain', 'huwag pansinin', 'huwag sundin'), S, '(?:ang\\s|lahat ng\\s)?',
      alt('iyong', 'naunang', 'nakaraang', 'mga naunang', 'mga nakaraang', 'dating', 'lahat ng iyong'), S, '(?:mga\\s)?',
      alt('tagubilin', 'instruksyon', 'utos', 'panuto', 'patakaran', 'alituntunin'), E,
    ),
  ],
  score: 0.9,
});

// Romanian: "Ignoră toate instrucțiunile anterioare", "Uită instrucțiunile tale", "Nu ține cont de
// regulile de mai sus" (with or without diacritics, comma or cedilla below ș and ț).
const RO_T = '[țţt]';
const ro = overrideRule({
  lang: 'ro',
  name: 'Romanian',
  keywords: ['ignor', 'uit', 'ține cont', 'ţine cont', 'tine cont', 'lua în seamă', 'lua in seama', 'treci peste'],
  patterns: [
    pattern(
      A, alt('ignor(?:ă|a|a[țţt]i|[ăa]m)', 'uit(?:ă|a|a[țţt]i)', `nu ${RO_T}ine(?:${RO_T}i)? cont de`, 'nu lua(?:[țţt]i)? [îi]n seam[ăa]', 'treci(?: cu vederea)? peste'), S,
      words(2), alt(`instruc${RO_T}iuni(?:le)?`, `indica${RO_T}ii(?:le)?`, 'reguli(?:le)?', 'comenzi(?:le)?', 'directive(?:le)?', 'ordine(?:le)?', 'ghidaj(?:ul)?'), S, words(1),
      alt('anterioare', 'precedente', 'de mai sus', `ini${RO_T}iale`, 'vechi', 'primite', 'date', 'tale', 'voastre', `dumneavoastr[ăa]`, `de sistem`), E,
    ),
  ],
  own: /(?<![\p{L}])(?:mele|noastre)(?![\p{L}])/u,
  about: /^\s(?:despre|privind|legate de|referitoare la|cu privire la|pentru)(?![\p{L}])/u,
});

// Czech: "Ignoruj všechny předchozí pokyny", "Zapomeň na předchozí instrukce", "Ignorujte své pokyny".
const cs = overrideRule({
  lang: 'cs',
  name: 'Czech',
  keywords: ['ignoruj', 'zapomeň', 'zapomen', 'nevšímej', 'nedbej'],
  patterns: [
    pattern(
      A, alt('ignoruj(?:te)?', 'zapome[ňn](?:te)?(?: na)?', 'nevšímej(?:te)? si', 'nedbej(?:te)?'), S, words(2),
      alt('předchozí(?:ch)?', 'předešl(?:é|ých)', 'dřívější(?:ch)?', 'výše uveden(?:é|ých)', 'původní(?:ch)?', 'své', 'svých', 'tvoje', 'tvé', 'tvých', 'vaše', 'vašich', 'systémov(?:é|ých)'), S, words(1),
      alt('pokyn(?:y|ů|ech)?', 'instrukc(?:e|í|ích)', 'příkaz(?:y|ů|ech)?', 'pravid(?:la|el|lech)', 'nařízení', 'směrnic(?:e|ích)?', 'zadání'), E,
    ),
  ],
  own: /(?<![\p{L}])(?:moje|mé|mých|naše|našich)(?![\p{L}])/u,
});

// Hungarian: "Hagyd figyelmen kívül az összes korábbi utasítást", "Felejtsd el az utasításaidat",
// "Az előző utasításokat hagyd figyelmen kívül".
const HU_VERB = alt('hagyd figyelmen kívül', 'hagyja figyelmen kívül', 'hagyjátok figyelmen kívül', 'felejtsd el', 'felejtse el', 'felejtsétek el', 'ne törődj', 'ne törődjön', 'ne vedd figyelembe', 'ne vegye figyelembe');
const HU_EARLIER = alt('korábbi', 'előző', 'eddigi', 'fenti', 'eredeti', 'régi', 'rendszer');
const HU_NOUN = alt('utasítás(?:t|ok(?:at|kal|ra)?)', 'instrukció(?:t|k(?:at|kal)?)', 'parancs(?:ot|ok(?:at|kal)?)', 'szabály(?:t|ok(?:at|kal)?)', 'irányelv(?:et|ek(?:et|kel)?)');
/** Second-person possessives: "your instructions". */
const HU_YOURS = alt('utasításai(?:d|dat|tokat|dra)', 'szabályai(?:d|dat|tokat)', 'parancsai(?:d|dat)', 'instrukcióid(?:at)?', 'irányelveid(?:et)?');
const hu = overrideRule({
  lang: 'hu',
  name: 'Hungarian',
  keywords: ['figyelmen kívül', 'felejtsd', 'felejtse', 'felejtsétek', 'ne törődj', 'figyelembe'],
  patterns: [
    pattern(B, HU_VERB, S, words(3), alt(`${HU_EARLIER}${S}${words(1)}${HU_NOUN}`, HU_YOURS), E),
    pattern(B, HU_EARLIER, S, words(1), alt(HU_NOUN, HU_YOURS), S, words(1), HU_VERB, E),
  ],
  own: /(?<![\p{L}])(?:az én|saját|utasításaim|szabályaim)(?![\p{L}])/u,
});

// Finnish: "Ohita kaikki aiemmat ohjeet", "Unohda ohjeesi", "Älä välitä edellisistä ohjeista".
const fi = overrideRule({
  lang: 'fi',
  name: 'Finnish',
  keywords: ['ohita', 'ohittakaa', 'unohda', 'unohtakaa', 'älä välitä', 'älkää välittäkö', 'sivuuta', 'jätä huomiotta'],
  patterns: [
    pattern(
      B, alt('ohita', 'ohittakaa', 'unohda', 'unohtakaa', 'älä välitä', 'älkää välittäkö', 'sivuuta', 'sivuuttakaa', 'jätä huomiotta', 'jättäkää huomiotta'), S, words(2),
      alt(
        `${alt('aiemm(?:at|ista|ia)', 'aikaisemm(?:at|ista|ia)', 'edelli(?:set|sistä|siä)', 'yllä olev(?:at|ista|ia)', 'alkuperäi(?:set|sistä|siä)', 'järjestelmän')}${S}${words(1)}${alt('ohjee(?:t|sta)', 'ohjei(?:sta|ta)', 'ohjeistu(?:s|kset|ksesta)', 'käsky(?:t|jä|istä)', 'sään(?:nöt|töjä|nöistä)', 'määräy(?:kset|ksiä)', 'komen(?:not|toja)')}`,
        alt('ohjeesi', 'ohjeitasi', 'ohjeistasi', 'ohjeistuksesi', 'sääntösi', 'sääntöjäsi', 'käskysi', 'käskyjäsi', 'määräyksesi'),
      ),
      E,
    ),
  ],
  own: /(?<![\p{L}])(?:minun|meidän|ohjeeni|sääntöni)(?![\p{L}])/u,
  // A noun in the elative case right after ("… ohjeet lähtöpaikasta", about the starting place).
  about: /^\s(?:\p{L}+\s)?\p{L}{3,}(?:sta|stä)(?![\p{L}])/u,
});

// Hebrew: "התעלם מכל ההוראות הקודמות", "שכח את ההוראות שלך".
const he = overrideRule({
  lang: 'he',
  name: 'Hebrew',
  keywords: ['התעלם', 'תתעלם', 'שכח', 'תשכח'],
  patterns: [
    pattern(
      B, alt('התעלמ(?:ו|י)?', 'התעלם', 'תתעלמ(?:ו|י)?', 'תתעלם', 'שכח(?:ו|י)?', 'תשכח(?:ו|י)?'), S, '(?:את\\s)?(?:כל\\s)?',
      alt('מ?ה?הוראות', 'מה?הוראות', 'מ?ה?הנחיות', 'מה?הנחיות', 'מ?ה?כללים', 'מה?כללים', 'מ?ה?פקודות', 'מכל\\s(?:ה)?(?:הוראות|הנחיות|כללים|פקודות)'), S, words(1),
      alt('הקודמות', 'הקודמים', 'שלך', 'שלכם', 'שקיבלת', 'שניתנו לך', 'המקוריות', 'הקודמת', 'לעיל', 'של המערכת'), E,
    ),
  ],
  own: /שלי|שלנו/,
});

export const overrideInternationalRules: readonly InjectionRule[] = [de, fr, es, it, pt, nl, ru, pl, tr, vi, id, zh, ja, ko, ar, hi, el, bn, th, tl, ro, cs, hu, fi, he];
