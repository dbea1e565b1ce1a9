/**
 * Personal data and secrets in text: e-mail, phone, payment cards, IBAN, US SSN, API keys,
 * private keys and JWTs, each validated and masked with a hint.
 */
export { detectPii, redact, piiDetectors, defaultMaxPiiChars, type DetectPiiOptions } from './detect.js';
export { piiKinds, type PiiKind, type PiiCategory, type PiiMatch, type PiiDetector } from './types.js';
export { luhnValid, ibanValid } from './checksums.js';
