/**
 * The 4,000 most frequent English words of four letters or more of the English training rows
 * (data/detect/english-words.txt, written by scripts/detect/write-english-words.ts), read on
 * first need: the scrambled-word reader's vocabulary, the words that cut a NATO run without
 * word breaks, and, with the common words, the set that tells English from other text.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AisecError } from '../../core/errors.js';
import { COMMON_WORDS_EN } from './common-words.js';

const WORDS_FILE = new URL('../../../data/detect/english-words.txt', import.meta.url);
/** The shipped file is 32 KB; a file far larger is not a word list. */
const MAX_BYTES = 1 << 20;
const WORD_RE = /^[a-z]{4,20}$/;

function fail(file: string, what: string, cause?: unknown): never {
  throw new AisecError('ERR_DETECT_MODEL', `Prompt-injection word list ${file}: ${what}; reinstall aisec, or write it again with scripts/detect/write-english-words.ts.`, {
    details: { place: file },
    ...(cause === undefined ? {} : { cause }),
  });
}

/**
 * The words of a word-list file: one lower-case word of 4–20 ASCII letters a line, in order;
 * empty lines and lines starting with "#" are passed over.
 * @internal
 */
export function readWordList(file: URL | string): string[] {
  const name = typeof file === 'string' ? file : fileURLToPath(file);
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_BYTES) fail(name, `${size} bytes, more than a word list of ${MAX_BYTES} bytes at most`);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof AisecError) throw error;
    fail(name, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, error);
  }
  const words: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line === '' || line.startsWith('#')) continue;
    if (!WORD_RE.test(line)) fail(name, `line ${i + 1}, ${JSON.stringify(line.slice(0, 40))}, is not a lower-case word of 4 to 20 letters`);
    words.push(line);
  }
  if (words.length === 0) fail(name, 'holds no word');
  return words;
}

let words: readonly string[] | undefined;
let wordSet: ReadonlySet<string> | undefined;

/** The frequent English words, most frequent first; the file is read once. */
export function frequentEnglishWords(): readonly string[] {
  words ??= readWordList(WORDS_FILE);
  return words;
}

/** The common English words (common-words.ts) and the frequent ones, as one set: what the readers look a word up in to tell English from other text (made on first need). */
export function englishWordSet(): ReadonlySet<string> {
  wordSet ??= new Set([...COMMON_WORDS_EN, ...frequentEnglishWords()]);
  return wordSet;
}
