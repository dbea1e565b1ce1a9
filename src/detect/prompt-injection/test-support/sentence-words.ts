/** Common English and instruction words that the cipher readers' property tests build sentences of. */
export const SENTENCE_WORDS: readonly string[] = ['the', 'and', 'you', 'your', 'this', 'that', 'with', 'for', 'what', 'from', 'ignore', 'previous', 'instructions', 'reveal', 'system', 'prompt', 'password', 'secret', 'send', 'email'];
