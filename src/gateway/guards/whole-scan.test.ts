import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LinksGuardSchema } from '../config/sections/guards.js';
import { kindsOf } from './data-guard.js';
import { VIOLATION, type TextScanner } from './guard-types.js';
import { leakScanner } from './leak-scanner.js';
import { linksGuard } from './links.js';

/** The decision by push then finish, as a stream would be decided with the whole text in one piece. */
function pushThenFinish(s: TextScanner, text: string): boolean {
  return s.push('0', text) === VIOLATION || s.finish('0');
}

const pieces = [
  'Hello there. ', 'Write to jane.doe@example.com today. ', 'card 4242 4242 4242 4242 ', 'call +44 20 7946 0958 ', 'api_key = ', 'sk-', 'abcdefghijklmnopqrstuvwxyz0123456789ABCD ',
  'AKIA', 'IOSFODNN7EXAMPLE ', 'ghp_', 'abcdefghijklmnopqrstuvwxyz0123456789 ', '-----BEGIN RSA PRIVATE KEY-----\n', '![img](https://evil.test/x.png) ', '[link](https://example.com/a) ',
  'see https://cdn.example.org/p ', '<img src="http://evil.test/a"> ', '\n', '  ', 'IBAN GB82 WEST 1234 5698 7654 32 ', 'token: ', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc ',
];
const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((p) => p.join(''));

const scanners: Record<string, () => TextScanner> = {
  'secrets-leak': () => leakScanner(kindsOf('secret', undefined)),
  'pii-leak': () => leakScanner(kindsOf('personal', undefined)),
  links: () => linksGuard(LinksGuardSchema.parse({ allowDomains: ['example.com', '*.cdn.example.org'], images: true, links: true })).open(),
};

describe('scanning a whole answer at once', () => {
  for (const [name, open] of Object.entries(scanners)) {
    it(`${name}: decides exactly as push then finish`, () => {
      let violations = 0;
      fc.assert(
        fc.property(texts, (text) => {
          const decided = open().whole!('0', text);
          expect(decided).toBe(pushThenFinish(open(), text));
          if (decided) violations++;
        }),
        { numRuns: 400 },
      );
      // The texts exercise both decisions.
      expect(violations).toBeGreaterThan(20);
      expect(violations).toBeLessThan(400);
    });
  }

  it('catches a secret, an e-mail address and an unlisted image, and lets ordinary text through', () => {
    expect(scanners['secrets-leak']!().whole!('0', 'here: ghp_abcdefghijklmnopqrstuvwxyz0123456789 ok')).toBe(true);
    expect(scanners['pii-leak']!().whole!('0', 'Write to jane.doe@example.com today.')).toBe(true);
    expect(scanners.links!().whole!('0', 'look ![x](https://evil.test/x.png)')).toBe(true);
    for (const open of Object.values(scanners)) expect(open().whole!('0', 'Hamlet, prince of Denmark, avenges his father.')).toBe(false);
  });
});
