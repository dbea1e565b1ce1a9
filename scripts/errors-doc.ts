// Prints docs/errors.md from the error catalogue: `npx tsx scripts/errors-doc.ts > docs/errors.md`.
import { AisecError, errorCatalogue, exitCodeFor, type ErrorCode } from '../src/core/errors.js';

const lines = [
  '# Errors',
  '',
  'Every error aisec raises has a stable code (`ERR_<AREA>_<WHAT>`). Codes are API: they are never',
  'renamed or reused. The category decides the CLI exit code ([exit-codes.md](exit-codes.md)) and the',
  'HTTP status. The message of each error says what to do; `--debug` adds the stack trace.',
  '',
  '| code | category | exit | HTTP | meaning |',
  '|---|---|---|---|---|',
  ...Object.entries(errorCatalogue).map(([code, e]) => `| \`${code}\` | ${e.category} | ${exitCodeFor(new AisecError(code as ErrorCode, ''))} | ${e.http} | ${e.summary} |`),
  '',
  'A test (`test/errors-doc.test.ts`) fails when this table and the catalogue disagree.',
  '',
];
process.stdout.write(lines.join('\n'));
