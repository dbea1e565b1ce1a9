/**
 * Common words of German, French, Spanish, Italian, Portuguese and Dutch (function words and the
 * vocabulary of instructions), written in ASCII, of three letters or more: with the English list of
 * rot13-search.ts they let the ROT13 search read a rotated attack in these languages
 * ("Vtabevrer nyyr ibeurevtra Najrvfhatra…"), and the reversed-text search (its words of four
 * letters or more) one written backwards. Rotation and reversal leave letters outside ASCII as
 * they are, so words with accents would never be found rotated: they are left out. Two-letter
 * words are left out too: their rotations ("qr", "hz", "yn") occur in ordinary text, and so are
 * words whose rotation is a common token ("ihr" → "vue", "auf" → "nhs", "ich" → "vpu", "una" →
 * "han", "van" → "ina").
 */
export const COMMON_WORDS_INTL: readonly string[] = [
  // German
  'und', 'die', 'der', 'das', 'den', 'dem', 'ein', 'eine', 'einen', 'ist', 'sind', 'nicht', 'mit', 'von', 'sie',
  'mir', 'mich', 'dich', 'dir', 'alle', 'allen', 'alles', 'bitte', 'jetzt', 'ignoriere', 'ignorieren', 'vorherigen', 'bisherigen',
  'anweisungen', 'anweisung', 'regeln', 'passwort', 'geheim', 'zeige', 'zeig', 'gib', 'sag', 'schreibe', 'nur', 'keine', 'auch',
  'oder', 'aber', 'wenn', 'dann', 'noch', 'ohne', 'deine', 'deinen', 'vergiss', 'wir', 'euch', 'sich', 'stell', 'vor',
  'eines', 'einem', 'einer', 'zum', 'zur', 'kannst', 'kann', 'bist', 'wie', 'was', 'wer', 'hat', 'habe', 'haben', 'werden', 'wird',
  'dass', 'diese', 'dieser', 'dieses', 'als', 'aus', 'bei', 'nach', 'sehr', 'schreib', 'stattdessen',
  // French
  'les', 'des', 'une', 'est', 'sont', 'pas', 'pour', 'avec', 'dans', 'sur', 'vous', 'toi', 'moi', 'tous', 'toutes', 'tout',
  'ignorez', 'donne', 'donnez', 'dis', 'dites', 'mot', 'passe', 'consignes', 'affiche', 'montre', 'seulement', 'sans', 'qui',
  'mais', 'maintenant', 'tes', 'vos', 'oublie', 'oubliez', 'nous', 'sommes', 'pouvez', 'pourriez', 'avez', 'faire', 'comme',
  'leur', 'cette', 'ces', 'son', 'ses', 'aux', 'peut', 'plus', 'bien', 'imaginez', 'imagine', 'ecris', 'dire', 'quel', 'quelle',
  // Spanish
  'las', 'los', 'del', 'que', 'por', 'para', 'con', 'todas', 'todos', 'todo', 'ignora', 'instrucciones', 'anteriores',
  'dame', 'dime', 'muestra', 'revela', 'sistema', 'reglas', 'ahora', 'solo', 'sin', 'tus', 'eres', 'modo', 'olvida', 'pero',
  'como', 'esta', 'este', 'estos', 'puedes', 'puede', 'hacer', 'sobre', 'entre', 'cuando', 'donde', 'muy', 'ella', 'sus', 'nos', 'usted',
  'imagina', 'escribe', 'decir',
  // Italian
  'che', 'gli', 'della', 'delle', 'per', 'sono', 'tutte', 'tutti', 'tutto', 'istruzioni', 'precedenti', 'dammi', 'dimmi',
  'mostra', 'rivela', 'regole', 'adesso', 'senza', 'tue', 'dimentica', 'questa', 'questo', 'puoi', 'fare', 'sei', 'hai', 'nel',
  'nella', 'dei', 'degli', 'alla', 'alle', 'sul', 'sulla', 'mio', 'tuo', 'suo', 'loro', 'anche', 'dove', 'scrivi', 'immagina', 'dire',
  // Portuguese
  'das', 'dos', 'uma', 'com', 'mostre', 'revele', 'regras', 'agora', 'apenas', 'sem', 'senha', 'suas', 'esqueci', 'pode', 'fazer',
  'seu', 'sua', 'seus', 'nas', 'pelo', 'pela', 'quando', 'onde', 'escreva', 'diga',
  // Dutch
  'het', 'een', 'negeer', 'vorige', 'instructies', 'geef', 'wachtwoord', 'toon', 'laat', 'zien', 'regels', 'alleen',
  'zonder', 'jij', 'mij', 'mijn', 'jouw', 'vergeet', 'zijn', 'wat', 'hoe', 'deze', 'dit', 'niet', 'met', 'voor', 'maar', 'ook',
  'bij', 'naar', 'kun', 'kunt', 'jullie', 'schrijf', 'heb', 'heeft', 'wordt', 'worden', 'zal',
];
