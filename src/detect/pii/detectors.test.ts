import { describe, expect, it } from 'vitest';
import { detectPii } from './detect.js';
import type { PiiKind } from './types.js';

const jwt = (header: object) =>
  [Buffer.from(JSON.stringify(header)).toString('base64url'), Buffer.from(JSON.stringify({ sub: '1234567890', name: 'Jane' })).toString('base64url'), 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'].join('.');

/** For each kind: values that must be found (alone and inside a sentence) and texts that must not be flagged as that kind. */
const cases: Record<PiiKind, { catch: string[]; pass: string[] }> = {
  email: {
    catch: ['jane.doe@example.com', 'x+tag@sub.example.co.uk', 'J_Smith99@Mail.Example.ORG'],
    pass: ['user@localhost', '@handle', 'a@b.c', 'foo@bar', 'name@123.456', 'see @example.com', '.dot@example.com', 'a..b@example.com'],
  },
  phone: {
    catch: ['+1 415 555 2671', '+44 20 7946 0958', '+4915112345678', '(415) 555-2671', '415-555-2671', '415.555.2671', '020 7946 0958', '07700 900123'],
    pass: ['1234567890', '2024-01-15', '15.01.2024', '1.2.3.4', 'v10.15.7', '12:30:45', '3.14159265', '100,000,000', '+5', '415-555-267', '911', '123-555-2671', '978-3-16-148410-0', 'version 2.10.1234'],
  },
  'payment-card': {
    catch: ['4242424242424242', '4111 1111 1111 1111', '5105-1051-0510-5100', '5555555555554444', '378282246310005', '3782 822463 10005', '6011111111111117', '3530111333300000', '2223003122003222'],
    pass: ['4242424242424241', '1234567812345678', '9783161484100', '978-3-16-148410-0', '0000000000000000', '4242 4242 4242 424', '12345678901234567890123', '3.14159265358979323', '2024-01-15 12:30:45.123456'],
  },
  iban: {
    catch: ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000', 'GB82WEST12345698765432', 'FR1420041010050500013M02606', 'NL91ABNA0417164300'],
    pass: ['DE89370400440532013001', 'XX89370400440532013000', 'GB82WEST1234569876543', 'DE89 3704', 'ISO9001 certified'],
  },
  'us-ssn': {
    catch: ['536-22-1234', '123-45-6789', '536 22 1234'],
    pass: ['000-12-3456', '666-12-3456', '900-12-3456', '123-00-4567', '123-45-0000', '078-05-1120', '2023-01-15', '415-555-2671', '536-22-12345', '536-22-1234-5'],
  },
  'aws-access-key': {
    catch: ['AKIA2E0A8F3B244C9986', 'ASIAY34FZKBOKMUTVV7A'],
    pass: ['AKIAIOSFODNN7EXAMPLE', 'AKIA123', 'XAKIA2E0A8F3B244C99861', 'akia2e0a8f3b244c9986'],
  },
  'github-token': {
    catch: [`ghp_${'a1B2c3D4e5'.repeat(3)}F6g7H8`, `gho_${'Z9y8X7w6V5'.repeat(3)}u4T3s2`, `github_pat_${'11ABCDEFG0'.repeat(8)}ab`],
    pass: ['ghp_short', 'gh_1234567890', `ghp_${'a'.repeat(35)}`, `ghx_${'a1B2c3D4e5'.repeat(3)}F6g7H8`],
  },
  'slack-token': {
    catch: ['xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx', 'https://hooks.slack.com/services/T0123ABCD/B0456EFGH/abcdefghijklmnopqrstuvwx'],
    pass: ['xoxb-', 'xox', 'xoxb-notatoken', 'https://hooks.slack.com/'],
  },
  'stripe-key': {
    catch: ['sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'rk_test_51H8abcDEFghiJKLmnoPQRst'],
    pass: ['pk_live_4eC39HqLyjWDarjtT1zdp7dc', 'sk_live_short', 'sk_prod_4eC39HqLyjWDarjtT1zdp7dc'],
  },
  'openai-key': {
    catch: ['sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z', 'sk-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zT3BlbkFJ', 'sk-ant-api03-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z'],
    pass: ['sk-learn', 'scikit-learn', 'sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'task-manager-12345678901234567890', 'sk-11111111111111111111111111'],
  },
  'google-api-key': {
    catch: ['AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q'],
    pass: ['AIzaSyA1b2C3', 'AIza'],
  },
  'private-key': {
    catch: ['-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA', '-----BEGIN OPENSSH PRIVATE KEY-----', '-----BEGIN PRIVATE KEY-----', '-----BEGIN ENCRYPTED PRIVATE KEY-----', '-----BEGIN PGP PRIVATE KEY BLOCK-----'],
    pass: ['-----BEGIN PUBLIC KEY-----', '-----BEGIN CERTIFICATE-----', 'my private key is safe'],
  },
  jwt: {
    catch: [jwt({ alg: 'HS256', typ: 'JWT' }), jwt({ alg: 'RS256', kid: 'k1' })],
    pass: ['eyJhbGciOi.notjwt', 'eyJzzzzzzz.eyJzzzzzzz.abcdefghij', `${jwt({ typ: 'JWT' })}`],
  },
  'generic-secret': {
    catch: ['api_key = "Zk8f2Lq9Xr4Tw1Vb7Nc3"', 'password: S3cr3tP4ssw0rdX9!', '"client_secret": "a8F3kQ9zL2mX7pR4tV1w"', 'AUTH_TOKEN=Qm9v4Yk2Lp8Zr3Xs6Tn1'],
    pass: ['password: changeme', 'token = ${API_TOKEN}', 'secret_key: your-secret-key-here', 'api_key: 1111111111111111aaaa', 'the token was revoked', 'tokenizer = bert-base-uncased-v2'],
  },
};

describe.each(Object.entries(cases))('detector %s', (kind, { catch: positives, pass: negatives }) => {
  it.each(positives)('finds %j, alone and inside text', (value) => {
    const alone = detectPii(value).filter((m) => m.kind === kind);
    expect(alone).toHaveLength(1);
    const text = `Row 17: "${value}" (copied from the ticket)`;
    const inside = detectPii(text).filter((m) => m.kind === kind);
    expect(inside).toHaveLength(1);
    expect(inside[0]!.redacted).not.toBe(value);
  });

  it.each(negatives)('lets %j through', (value) => {
    expect(detectPii(value).filter((m) => m.kind === kind)).toEqual([]);
    expect(detectPii(`value: ${value}.`).filter((m) => m.kind === kind)).toEqual([]);
  });
});

describe('redacted hints', () => {
  it.each([
    ['jane.doe@example.com', 'j***@example.com'],
    ['4242 4242 4242 4242', '**** **** **** 4242'],
    ['4242424242424242', '************4242'],
    ['536-22-1234', '***-**-1234'],
    ['DE89 3704 0044 0532 0130 00', 'DE89 **** 3000'],
    ['+44 20 7946 0958', '+** ** **** **58'],
    ['AKIA2E0A8F3B244C9986', 'AKIA********9986'],
  ])('masks %s as %s', (value, hint) => {
    expect(detectPii(value)[0]!.redacted).toBe(hint);
  });
});
