/**
 * Detectors of personal data: e-mail addresses, phone numbers, payment card numbers, IBANs
 * and US social security numbers. Each validates what its pattern finds (checksums, number
 * ranges, formats) so plain numbers, dates, versions and ISBNs are not flagged.
 */
import { ibanValid, luhnValid } from './checksums.js';
import { maskDigits } from './mask.js';
import { regexDetector } from './regex-detector.js';
import type { PiiCandidate, PiiDetector } from './types.js';

const localChar = /[A-Za-z0-9._%+-]/;
const domainChar = /[A-Za-z0-9.-]/;

/** E-mail addresses: found around each `@`, then checked label by label (a TLD of 2-24 letters). */
export const emailDetector: PiiDetector = {
  id: 'email',
  category: 'personal',
  summary: 'E-mail addresses with a dotted domain and an alphabetic top-level domain.',
  mayContain: (text) => text.includes('@'),
  *find(text: string): Iterable<PiiCandidate> {
    for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      let start = at;
      while (start > 0 && at - start < 65 && localChar.test(text[start - 1]!)) start--;
      let end = at + 1;
      while (end < text.length && end - at < 254 && domainChar.test(text[end]!)) end++;
      while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
      const local = text.slice(start, at);
      const domain = text.slice(at + 1, end);
      if (local.length === 0 || local.length > 64 || local.startsWith('.') || local.endsWith('.') || local.includes('..')) continue;
      if (start > 0 && localChar.test(text[start - 1]!)) continue;
      const labels = domain.split('.');
      if (labels.length < 2 || labels.some((l) => l.length === 0 || l.length > 63 || l.startsWith('-') || l.endsWith('-'))) continue;
      if (!/^[A-Za-z]{2,24}$/.test(labels[labels.length - 1]!)) continue;
      yield { start, end };
    }
  },
  redact: (value) => {
    const at = value.lastIndexOf('@');
    return `${value[0] ?? ''}***${value.slice(at)}`;
  },
};

function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

/**
 * Phone numbers: E.164 with a leading `+`, North American `(555) 123-4567` / `555-123-4567`,
 * and national numbers with a trunk `0` and spaced groups (`020 7946 0958`). A bare run of
 * digits is not a phone number here: it could be any identifier.
 */
export const phoneDetector: PiiDetector = regexDetector({
  id: 'phone',
  category: 'personal',
  summary: 'Phone numbers in international (+...) or common national layouts; bare digit runs are not flagged.',
  pattern:
    /(?<![\w+/.-])(?:\+[1-9]\d{0,2}(?:[ .-]?\(?\d{1,4}\)?){1,4}[ .-]?\d{2,6}|\(\d{3}\) ?\d{3}[-. ]\d{4}|\d{3}[-. ]\d{3}[-. ]\d{4}|0\d{2,4}[ -]\d{3,4}[ -]?\d{3,4})(?![\w/-]|\.\d)/g,
  mayContain: (text) => /\d{3}/.test(text),
  validate(match) {
    const value = match[0];
    const digits = digitsOf(value);
    if (value.startsWith('+')) return digits.length >= 8 && digits.length <= 15;
    if (value.startsWith('0')) return digits.length >= 9 && digits.length <= 12;
    // North American numbering: area code and exchange start with 2-9, and N11 codes are services.
    return /^[2-9]\d\d[2-9]\d{6}$/.test(digits) && digits.slice(1, 3) !== '11';
  },
  redact: (value) => maskDigits(value, 2),
});

/** Issuer prefixes (IIN ranges) and lengths of the card schemes worth flagging. */
function knownIssuer(digits: string): boolean {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p3 = Number(digits.slice(0, 3));
  const p4 = Number(digits.slice(0, 4));
  const p6 = Number(digits.slice(0, 6));
  if (digits[0] === '4') return n === 13 || n === 16 || n === 19; // Visa
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16; // Mastercard
  if (p2 === 34 || p2 === 37) return n === 15; // American Express
  if (p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65 || (p6 >= 622126 && p6 <= 622925)) return n >= 16 && n <= 19; // Discover
  if ((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39) return n >= 14 && n <= 19; // Diners Club
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19; // JCB
  if (p2 === 62) return n >= 16 && n <= 19; // UnionPay
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return n >= 12 && n <= 19; // Maestro
  return false;
}

/** Payment card numbers: 13-19 digits in groups of 3 or more, a known issuer prefix and a valid Luhn check digit. */
export const cardDetector: PiiDetector = regexDetector({
  id: 'payment-card',
  category: 'personal',
  summary: 'Payment card numbers (13-19 digits, known issuer prefix, Luhn check); ISBNs and Luhn-invalid numbers pass.',
  pattern: /(?<![\w.,+-])\d{3,6}(?:([ -])\d{3,6}(?:\1\d{3,6}){1,4}|\d{7,16})(?!\w|[.,-]\d)/g,
  mayContain: (text) => /\d{4}/.test(text),
  validate(match) {
    const digits = digitsOf(match[0]);
    return digits.length >= 13 && digits.length <= 19 && knownIssuer(digits) && luhnValid(digits);
  },
  redact: (value) => maskDigits(value, 4),
});

/** IBANs: country code, check digits and up to 30 letters or digits (optionally in groups of 4), with the country's length and a valid mod-97 check. */
export const ibanDetector: PiiDetector = regexDetector({
  id: 'iban',
  category: 'personal',
  summary: 'International bank account numbers with the right length for their country and a valid mod-97 check.',
  pattern: /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/g,
  mayContain: (text) => /[A-Z]{2}\d{2}/.test(text),
  validate: (match) => ibanValid(match[0].replaceAll(' ', '')),
  redact: (value) => {
    const compact = value.replaceAll(' ', '');
    return `${compact.slice(0, 4)} **** ${compact.slice(-4)}`;
  },
});

/** US social security numbers written `AAA-GG-SSSS` (or with spaces), excluding numbers never issued. */
export const ssnDetector: PiiDetector = regexDetector({
  id: 'us-ssn',
  category: 'personal',
  summary: 'US social security numbers (AAA-GG-SSSS) outside the ranges never issued (000, 666, 9xx, 00, 0000).',
  pattern: /(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])/g,
  mayContain: (text) => /\d{3}[- ]\d{2}/.test(text),
  validate(match) {
    const [, area, , group, serial] = match;
    if (area === '000' || area === '666' || area!.startsWith('9') || group === '00' || serial === '0000') return false;
    // Numbers published in advertising and widely misused as examples.
    return !['078-05-1120', '219-09-9999'].includes(`${area}-${group}-${serial}`);
  },
  redact: (value) => `***-**-${value.slice(-4)}`,
});
