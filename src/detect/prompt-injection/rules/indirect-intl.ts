/**
 * Indirect injection in languages other than English: text that addresses the AI reading,
 * processing or summarising the page or document it sits in ("an die KI, die diese Seite
 * liest", "à l'IA qui traite ce document", "tämän sivun lukevalle tekoälylle"). One pattern per
 * language; each hit holds one of the verb forms the keywords list.
 */
import { alt, pattern, WORD_END, WORD_START } from './pattern-parts.js';
import { defineRule, type InjectionRule } from './rule-types.js';

/** One language's pattern: the AI noun, then "that reads this <text>", in that language's order. */
const byLanguage: Readonly<Record<string, { readonly keywords: readonly string[]; readonly source: string }>> = {
  de: {
    keywords: ['liest', 'lesen', 'verarbeitet', 'verarbeiten', 'zusammenfasst', 'zusammenfassen', 'analysiert', 'analysieren', 'auswertet', 'auswerten'],
    source: `${alt('ki', 'ki-assistent(?:en)?', 'ki-systeme?', 'ki-modelle?', 'assistent(?:en)?', 'sprachmodelle?', 'modelle?', 'bots?', 'agent(?:en)?', 'llms?', 'chatbots?')},?\\s(?:der|die|das|welche[rs]?)\\s(?:diese[nsr]?|dieses)\\s${alt('seite', 'dokument', 'text', 'e-mail', 'mail', 'nachricht', 'inhalt', 'datei', 'webseite', 'eintrag')}\\s${alt('liest', 'lesen', 'verarbeitet', 'verarbeiten', 'zusammenfasst', 'zusammenfassen', 'analysiert', 'analysieren', 'auswertet', 'auswerten')}`,
  },
  fr: {
    keywords: ['qui lit', 'qui lisent', 'qui traite', 'qui traitent', 'qui résume', 'qui résument', 'qui analyse', 'qui analysent', 'qui parcourt', 'qui parcourent'],
    source: `${alt('ia', 'intelligence artificielle', 'assistante?', 'modèle(?: de langage)?', 'agent', 'bot', 'llm', 'chatbot')}s?\\squi\\s${alt('lit', 'lisent', 'traite', 'traitent', 'résume', 'résument', 'analyse', 'analysent', 'parcourt', 'parcourent')}\\s(?:ce|cet|cette|ces)\\s${alt('page', 'document', 'texte', 'e-mail', 'courriel', 'message', 'contenu', 'fichier', 'site')}`,
  },
  es: {
    keywords: ['que lee', 'que leen', 'que procesa', 'que procesan', 'que resume', 'que resumen', 'que analiza', 'que analizan'],
    source: `${alt('ia', 'inteligencia artificial', 'asistente', 'modelo(?: de lenguaje)?', 'agente', 'bot', 'llm', 'chatbot')}s?\\sque\\s${alt('lee', 'leen', 'procesa', 'procesan', 'resume', 'resumen', 'analiza', 'analizan')}\\s(?:esta|este|estos|estas)\\s${alt('página', 'documento', 'texto', 'correo', 'mensaje', 'contenido', 'archivo', 'sitio')}`,
  },
  it: {
    keywords: ['che legge', 'che leggono', 'che elabora', 'che elaborano', 'che riassume', 'che riassumono', 'che analizza', 'che analizzano'],
    source: `${alt('ia', 'intelligenza artificiale', 'assistente', 'modello(?: linguistico)?', 'agente', 'bot', 'llm', 'chatbot')}\\sche\\s${alt('legge', 'leggono', 'elabora', 'elaborano', 'riassume', 'riassumono', 'analizza', 'analizzano')}\\s(?:questa|questo|questi|queste)\\s${alt('pagina', 'documento', 'testo', 'e-?mail', 'messaggio', 'contenuto', 'file', 'sito')}`,
  },
  pt: {
    keywords: ['que lê', 'que leem', 'que processa', 'que processam', 'que resume', 'que resumem', 'que analisa', 'que analisam'],
    source: `${alt('ia', 'inteligência artificial', 'assistente', 'modelo(?: de linguagem)?', 'agente', 'bot', 'llm', 'chatbot')}s?\\sque\\s${alt('lê', 'leem', 'processa', 'processam', 'resume', 'resumem', 'analisa', 'analisam')}\\s(?:esta|este|estes|estas)\\s${alt('página', 'documento', 'texto', 'e-mail', 'mensagem', 'conteúdo', 'arquivo', 'ficheiro', 'site')}`,
  },
  nl: {
    keywords: ['leest', 'lezen', 'verwerkt', 'verwerken', 'samenvat', 'samenvatten', 'analyseert', 'analyseren'],
    source: `${alt('ai', 'ai-assistent', 'assistent', 'taalmodel', 'model', 'agent', 'bot', 'llm', 'chatbot')}(?:en|s)?,?\\sdie\\s(?:deze|dit)\\s${alt('pagina', 'document', 'tekst', 'e-?mail', 'bericht', 'inhoud', 'bestand', 'website')}\\s${alt('leest', 'lezen', 'verwerkt', 'verwerken', 'samenvat', 'samenvatten', 'analyseert', 'analyseren')}`,
  },
  sv: {
    keywords: ['som läser', 'som bearbetar', 'som sammanfattar', 'som analyserar'],
    source: `${alt('ai', 'ai-assistent(?:en)?', 'assistent(?:en)?', 'språkmodell(?:en)?', 'modell(?:en)?', 'agent(?:en)?', 'bot(?:en)?')}\\ssom\\s${alt('läser', 'bearbetar', 'sammanfattar', 'analyserar')}\\s(?:denna|detta|den här|det här)\\s${alt('sida', 'sidan', 'dokument', 'dokumentet', 'text', 'texten', 'e-post', 'mejl', 'meddelande', 'innehåll', 'fil')}`,
  },
  pl: {
    keywords: ['czyta', 'czytają', 'przetwarza', 'przetwarzają', 'streszcza', 'podsumowuje', 'analizuje'],
    source: `${alt('ai', 'si', 'sztuczna inteligencja', 'sztucznej inteligencji', 'asystent', 'asystenta', 'asystencie', 'model', 'modelu', 'agent', 'agenta', 'bot', 'bota')},?\\s(?:który|która|które|którzy|co)\\s${alt('czyta', 'czytają', 'przetwarza', 'przetwarzają', 'streszcza', 'podsumowuje', 'analizuje')}\\s(?:tę|ten|to|tą|te)\\s${alt('stronę', 'dokument', 'tekst', 'wiadomość', 'e-mail', 'treść', 'plik')}`,
  },
  cs: {
    keywords: ['čte', 'zpracovává', 'shrnuje', 'analyzuje'],
    source: `${alt('ai', 'ui', 'umělá inteligence', 'umělou inteligenci', 'asistent', 'asistenta', 'asistente', 'model', 'modelu', 'agent', 'agenta', 'bot', 'bota')},?\\s(?:který|která|které|jenž|jež)\\s${alt('čte', 'zpracovává', 'shrnuje', 'analyzuje')}\\s(?:tuto|tento|toto|tyto)\\s${alt('stránku', 'dokument', 'text', 'zprávu', 'e-mail', 'obsah', 'soubor')}`,
  },
  ro: {
    keywords: ['care cite', 'care proces', 'care rezum', 'care analiz'],
    source: `${alt('ai', 'ia', 'inteligen[țţ]a artificial[ăa]', 'asistent(?:ul|ului)?', 'model(?:ul|ului)?', 'agent(?:ul|ului)?', 'bot(?:ul|ului)?')},?\\scare\\s${alt('cite[șş]te', 'proceseaz[ăa]', 'rezum[ăa]', 'analizeaz[ăa]')}\\s(?:acest|aceast[ăa]|aceste|acesta)\\s${alt('document', 'pagin[ăa]', 'text', 'mesaj', 'e-?mail', 'con[țţ]inut', 'fi[șş]ier')}`,
  },
  hu: {
    keywords: ['feldolgozó', 'olvasó', 'összefoglaló', 'elemző'],
    source: `(?:ezt a|az|a)\\s${alt('dokumentumot', 'oldalt', 'szöveget', 'levelet', 'e-mailt', 'üzenetet', 'tartalmat', 'fájlt', 'weboldalt')}\\s${alt('feldolgozó', 'olvasó', 'összefoglaló', 'elemző')}\\s${alt('ai', 'mi', 'mesterséges intelligenci', 'asszisztens', 'modell', 'ágens', 'bot', 'nyelvi modell')}\\p{L}{0,6}`,
  },
  fi: {
    keywords: ['lukeva', 'käsittelevä', 'tiivistävä', 'analysoiva'],
    source: `(?:tämän|tätä)\\s${alt('sivun', 'sivua', 'asiakirjan', 'asiakirjaa', 'dokumentin', 'dokumenttia', 'tekstin', 'tekstiä', 'viestin', 'viestiä', 'sähköpostin', 'sähköpostia', 'tiedoston', 'tiedostoa')}\\s(?:lukeva|käsittelevä|tiivistävä|analysoiva)(?:lle|n|t|lla)?\\s${alt('tekoäly', 'avustaja', 'malli', 'kielimalli', 'agentti', 'botti')}\\p{L}{0,6}`,
  },
};

export const indirectInternationalRules: readonly InjectionRule[] = [
  defineRule({
    id: 'indirect-ai-reading-this-intl',
    title: 'Addresses the AI that is reading or processing the document (not in English)',
    score: 0.85,
    family: 'indirect-injection',
    languages: Object.keys(byLanguage),
    keywords: [...new Set(Object.values(byLanguage).flatMap((l) => l.keywords))],
    keywordOffset: 140,
    patterns: Object.values(byLanguage).map((l) => pattern(WORD_START, l.source, WORD_END)),
  }),
];
