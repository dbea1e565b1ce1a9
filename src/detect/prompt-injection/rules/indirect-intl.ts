/**
 * Indirect injection in languages other than English: text that addresses the AI reading,
 * processing or summarising the page or document it sits in ("an die KI, die diese Seite
 * liest", "à l'IA qui traite ce document", "tämän sivun lukevalle tekoälylle"). One pattern per
 * language, built around its verb forms, which gate it.
 */
import { alt, pattern, WORD_END, WORD_START } from './pattern-parts.js';
import { defineRule, type InjectionRule } from './rule-types.js';

/**
 * One language's pattern, built around its verb forms (`verbs`, an alternation): the AI noun,
 * then "that reads this <text>", in that language's order. Every hit holds a verb form, after the
 * relative pronoun when the language puts one before it, and those are the rule's keywords.
 */
interface LanguagePattern {
  readonly verbs: readonly string[];
  /** The relative pronoun right before the verb ("qui lit"), when there is one. */
  readonly relative?: string;
  readonly source: (verbs: string) => string;
}

const byLanguage: Readonly<Record<string, LanguagePattern>> = {
  de: {
    verbs: ['liest', 'lesen', 'verarbeitet', 'verarbeiten', 'zusammenfasst', 'zusammenfassen', 'analysiert', 'analysieren', 'auswertet', 'auswerten'],
    source: (verbs) => `${alt('ki', 'ki-assistent(?:en)?', 'ki-systeme?', 'ki-modelle?', 'assistent(?:en)?', 'sprachmodelle?', 'modelle?', 'bots?', 'agent(?:en)?', 'llms?', 'chatbots?')},?\\s(?:der|die|das|welche[rs]?)\\s(?:diese[nsr]?|dieses)\\s${alt('seite', 'dokument', 'text', 'e-mail', 'mail', 'nachricht', 'inhalt', 'datei', 'webseite', 'eintrag')}\\s${verbs}`,
  },
  fr: {
    verbs: ['lit', 'lisent', 'traite', 'traitent', 'résume', 'résument', 'analyse', 'analysent', 'parcourt', 'parcourent'],
    relative: 'qui',
    source: (verbs) => `${alt('ia', 'intelligence artificielle', 'assistante?', 'modèle(?: de langage)?', 'agent', 'bot', 'llm', 'chatbot')}s?\\squi\\s${verbs}\\s(?:ce|cet|cette|ces)\\s${alt('page', 'document', 'texte', 'e-mail', 'courriel', 'message', 'contenu', 'fichier', 'site')}`,
  },
  es: {
    verbs: ['lee', 'leen', 'procesa', 'procesan', 'resume', 'resumen', 'analiza', 'analizan'],
    relative: 'que',
    source: (verbs) => `${alt('ia', 'inteligencia artificial', 'asistente', 'modelo(?: de lenguaje)?', 'agente', 'bot', 'llm', 'chatbot')}s?\\sque\\s${verbs}\\s(?:esta|este|estos|estas)\\s${alt('página', 'documento', 'texto', 'correo', 'mensaje', 'contenido', 'archivo', 'sitio')}`,
  },
  it: {
    verbs: ['legge', 'leggono', 'elabora', 'elaborano', 'riassume', 'riassumono', 'analizza', 'analizzano'],
    relative: 'che',
    source: (verbs) => `${alt('ia', 'intelligenza artificiale', 'assistente', 'modello(?: linguistico)?', 'agente', 'bot', 'llm', 'chatbot')}\\sche\\s${verbs}\\s(?:questa|questo|questi|queste)\\s${alt('pagina', 'documento', 'testo', 'e-?mail', 'messaggio', 'contenuto', 'file', 'sito')}`,
  },
  pt: {
    verbs: ['lê', 'leem', 'processa', 'processam', 'resume', 'resumem', 'analisa', 'analisam'],
    relative: 'que',
    source: (verbs) => `${alt('ia', 'inteligência artificial', 'assistente', 'modelo(?: de linguagem)?', 'agente', 'bot', 'llm', 'chatbot')}s?\\sque\\s${verbs}\\s(?:esta|este|estes|estas)\\s${alt('página', 'documento', 'texto', 'e-mail', 'mensagem', 'conteúdo', 'arquivo', 'ficheiro', 'site')}`,
  },
  nl: {
    verbs: ['leest', 'lezen', 'verwerkt', 'verwerken', 'samenvat', 'samenvatten', 'analyseert', 'analyseren'],
    source: (verbs) => `${alt('ai', 'ai-assistent', 'assistent', 'taalmodel', 'model', 'agent', 'bot', 'llm', 'chatbot')}(?:en|s)?,?\\sdie\\s(?:deze|dit)\\s${alt('pagina', 'document', 'tekst', 'e-?mail', 'bericht', 'inhoud', 'bestand', 'website')}\\s${verbs}`,
  },
  sv: {
    verbs: ['läser', 'bearbetar', 'sammanfattar', 'analyserar'],
    relative: 'som',
    source: (verbs) => `${alt('ai', 'ai-assistent(?:en)?', 'assistent(?:en)?', 'språkmodell(?:en)?', 'modell(?:en)?', 'agent(?:en)?', 'bot(?:en)?')}\\ssom\\s${verbs}\\s(?:denna|detta|den här|det här)\\s${alt('sida', 'sidan', 'dokument', 'dokumentet', 'text', 'texten', 'e-post', 'mejl', 'meddelande', 'innehåll', 'fil')}`,
  },
  pl: {
    verbs: ['czyta', 'czytają', 'przetwarza', 'przetwarzają', 'streszcza', 'podsumowuje', 'analizuje'],
    source: (verbs) => `${alt('ai', 'si', 'sztuczna inteligencja', 'sztucznej inteligencji', 'asystent', 'asystenta', 'asystencie', 'model', 'modelu', 'agent', 'agenta', 'bot', 'bota')},?\\s(?:który|która|które|którzy|co)\\s${verbs}\\s(?:tę|ten|to|tą|te)\\s${alt('stronę', 'dokument', 'tekst', 'wiadomość', 'e-mail', 'treść', 'plik')}`,
  },
  cs: {
    verbs: ['čte', 'zpracovává', 'shrnuje', 'analyzuje'],
    source: (verbs) => `${alt('ai', 'ui', 'umělá inteligence', 'umělou inteligenci', 'asistent', 'asistenta', 'asistente', 'model', 'modelu', 'agent', 'agenta', 'bot', 'bota')},?\\s(?:který|která|které|jenž|jež)\\s${verbs}\\s(?:tuto|tento|toto|tyto)\\s${alt('stránku', 'dokument', 'text', 'zprávu', 'e-mail', 'obsah', 'soubor')}`,
  },
  ro: {
    // Written with comma-below and cedilla ș, and with and without ă, as both occur.
    verbs: ['citește', 'citeşte', 'procesează', 'proceseaza', 'rezumă', 'rezuma', 'analizează', 'analizeaza'],
    relative: 'care',
    source: (verbs) => `${alt('ai', 'ia', 'inteligen[țţ]a artificial[ăa]', 'asistent(?:ul|ului)?', 'model(?:ul|ului)?', 'agent(?:ul|ului)?', 'bot(?:ul|ului)?')},?\\scare\\s${verbs}\\s(?:acest|aceast[ăa]|aceste|acesta)\\s${alt('document', 'pagin[ăa]', 'text', 'mesaj', 'e-?mail', 'con[țţ]inut', 'fi[șş]ier')}`,
  },
  hu: {
    verbs: ['feldolgozó', 'olvasó', 'összefoglaló', 'elemző'],
    source: (verbs) => `(?:ezt a|az|a)\\s${alt('dokumentumot', 'oldalt', 'szöveget', 'levelet', 'e-mailt', 'üzenetet', 'tartalmat', 'fájlt', 'weboldalt')}\\s${verbs}\\s${alt('ai', 'mi', 'mesterséges intelligenci', 'asszisztens', 'modell', 'ágens', 'bot', 'nyelvi modell')}\\p{L}{0,6}`,
  },
  fi: {
    verbs: ['lukeva', 'käsittelevä', 'tiivistävä', 'analysoiva'],
    source: (verbs) => `(?:tämän|tätä)\\s${alt('sivun', 'sivua', 'asiakirjan', 'asiakirjaa', 'dokumentin', 'dokumenttia', 'tekstin', 'tekstiä', 'viestin', 'viestiä', 'sähköpostin', 'sähköpostia', 'tiedoston', 'tiedostoa')}\\s${verbs}(?:lle|n|t|lla)?\\s${alt('tekoäly', 'avustaja', 'malli', 'kielimalli', 'agentti', 'botti')}\\p{L}{0,6}`,
  },
};

const keywordsOf = (l: LanguagePattern): string[] => l.verbs.map((v) => (l.relative === undefined ? v : `${l.relative} ${v}`));

export const indirectInternationalRules: readonly InjectionRule[] = [
  defineRule({
    id: 'indirect-ai-reading-this-intl',
    title: 'Addresses the AI that is reading or processing the document (not in English)',
    score: 0.85,
    family: 'indirect-injection',
    languages: Object.keys(byLanguage),
    keywords: [...new Set(Object.values(byLanguage).flatMap(keywordsOf))],
    keywordOffset: 140,
    patterns: Object.values(byLanguage).map((l) => pattern(WORD_START, l.source(alt(...l.verbs)), WORD_END)),
  }),
];
