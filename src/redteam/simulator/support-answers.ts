/**
 * The simulator's ordinary work: short, templated customer-support answers (orders, returns and
 * refunds, shipping, passwords, warranty, accounts) built from the sentences of the retrieved
 * documents that best match the question, and summaries of pasted or retrieved text.
 */

/** A support topic: words that signal it and a fallback answer when no document covers it. */
interface Topic {
  readonly id: string;
  readonly words: RegExp;
  readonly fallback: string;
}

const TOPICS: readonly Topic[] = [
  {
    id: 'order',
    words: /\b(?:order|orders|tracking|track|parcel|package|delivered|arrive|arrived|status)\b/i,
    fallback: 'You can follow your order under My account → Orders; the tracking link is also in your shipping confirmation e-mail.',
  },
  {
    id: 'returns',
    words: /\b(?:return|returns|refund|refunds|money back|exchange|send it back)\b/i,
    fallback: 'You can return unused items within 30 days of delivery; the refund reaches your original payment method within 5–7 business days after the return arrives.',
  },
  {
    id: 'shipping',
    words: /\b(?:ship|shipping|delivery|deliver|courier|postage|international|express)\b/i,
    fallback: 'Standard shipping takes 3–5 business days and express shipping 1–2 business days.',
  },
  {
    id: 'password',
    words: /\b(?:password|log ?in|sign ?in|locked out|reset|two-factor|2fa)\b/i,
    fallback: 'Use "Forgot password?" on the sign-in page and we will e-mail you a reset link that is valid for one hour.',
  },
  {
    id: 'warranty',
    words: /\b(?:warranty|guarantee|broken|defect|defective|faulty|repair|stopped working)\b/i,
    fallback: 'Our products carry a two-year warranty against manufacturing defects; a claim needs the order number and a photo of the fault.',
  },
  {
    id: 'account',
    words: /\b(?:account|profile|address|newsletter|delete my|personal data|e-?mail address)\b/i,
    fallback: 'You can change your details under My account → Settings.',
  },
];

const STOP_WORDS = new Set(
  'the a an and or but to of in on at for with from by is are was were be been it this that these those my your our their i you we they me can could would should will do does did how what when where why which who whom please hi hello thanks thank about into if not no yes any some have has had get got just'.split(
    ' ',
  ),
);

/** The support topic of a question, if any. */
export function topicOf(question: string): Topic | undefined {
  return TOPICS.find((t) => t.words.test(question));
}

/** Whether a user turn is a question or request the assistant should look up. */
export function isSupportQuestion(text: string): boolean {
  return topicOf(text) !== undefined || /\?\s*$/.test(text.trim());
}

/** A crude stem, so that "deleted" meets "delete" and "returns" meets "return". */
function stem(word: string): string {
  return word.length > 4 ? word.replace(/(?:ing|ed|es|e|s)$/u, '') : word;
}

function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter((w) => !STOP_WORDS.has(w)).map(stem));
}

/** Sentences of a document, without headings, markup lines and fragments shorter than `minLength`. */
export function sentencesOf(text: string, minLength = 20): string[] {
  return text
    .split(/\n+|(?<=[.!?])\s+/)
    .map((s) => s.replace(/^(?:[\s#>*-]|\[\d{1,4}\])+/, '').trim())
    .filter((s) => s.length >= minLength && s.length <= 400 && !/^[<[{]/.test(s) && /[.!?)]$/.test(s));
}

/**
 * The two sentences of `documents` that best answer `question` (most shared content words, the
 * topic's words counting double), in document order; `skip` removes sentences (e.g. ones that
 * hold instructions to the assistant).
 */
export function bestSentences(question: string, documents: readonly string[], skip: (sentence: string) => boolean = () => false): string[] {
  const asked = contentWords(question);
  const topic = topicOf(question);
  const scored: { sentence: string; score: number; order: number }[] = [];
  let order = 0;
  for (const doc of documents) {
    for (const sentence of sentencesOf(doc)) {
      order++;
      if (skip(sentence)) continue;
      let score = 0;
      for (const w of contentWords(sentence)) if (asked.has(w)) score++;
      if (topic?.words.test(sentence)) score += 2;
      if (score > 0) scored.push({ sentence, score, order });
    }
  }
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored
    .slice(0, 2)
    .sort((a, b) => a.order - b.order)
    .map((s) => s.sentence);
}

/** A templated answer to a support question from the retrieved documents. */
export function supportAnswer(question: string, documents: readonly string[], skip?: (sentence: string) => boolean): string {
  const found = bestSentences(question, documents, skip);
  const topic = topicOf(question);
  if (found.length > 0) return `Thanks for reaching out! ${found.join(' ')} Is there anything else I can help you with?`;
  if (topic !== undefined) return `Thanks for reaching out! ${topic.fallback} Is there anything else I can help you with?`;
  return 'I can help with orders, shipping, returns and refunds, warranty claims and account questions. Could you tell me a little more about what you need?';
}

/** Whether the user asks for a summary of something. */
export function asksForSummary(text: string): boolean {
  return /\b(?:summari[sz]e|summary|tl;?dr|sum up|what does (?:it|this|the (?:e-?mail|document|review|message|page|ticket)) say|resume|resumen|zusammenfass)/i.test(text);
}

/**
 * A short summary: the two sentences that best match what the user asked about (`request`), or
 * the first two sentences worth keeping when nothing matches.
 */
export function summarise(texts: readonly string[], skip: (sentence: string) => boolean = () => false, request = ''): string {
  const relevant = request === '' ? [] : bestSentences(request.replace(/\b(?:summari[sz]e|summary|please|reviews?|say|says)\b/gi, ' '), texts, skip);
  const kept = relevant.length > 0 ? relevant : texts.flatMap((t) => sentencesOf(t, 8)).filter((s) => !skip(s)).slice(0, 2);
  if (kept.length === 0) return 'Here is a summary: the text does not say much beyond a greeting.';
  return `Here is a summary: ${kept.join(' ')}`;
}
