import { describe, expect, it } from 'vitest';
import { sniffFormat } from './sniff.js';
import {
  binarySamples,
  bytes,
  latin1,
  onnxModel,
  pickleProtocol0,
  pickleProtocol0Global,
  pickleProtocol1,
  pickleProtocol1Truncated,
  pickleProtocol2,
  safetensors,
  zipOf,
} from './test-support/fixtures.js';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('sniffFormat', () => {
  it.each(binarySamples())('detects %s (%s)', (format, head, name) => {
    expect(sniffFormat(head, name).format).toBe(format);
  });

  it('decides by content, not by the name', () => {
    expect(sniffFormat(pickleProtocol2(), 'weights.safetensors').format).toBe('pickle');
    expect(sniffFormat(safetensors(), 'model.pkl').format).toBe('safetensors');
    expect(sniffFormat(text('a,b\n1,2\n'), 'model.onnx').format).toBe('csv');
    expect(sniffFormat(onnxModel(), 'data.csv').format).toBe('onnx');
  });

  it.each([
    ['protocol 0', pickleProtocol0()],
    ['protocol 0 with a global call', pickleProtocol0Global()],
    ['protocol 1', pickleProtocol1()],
    ['protocol 1 cut off by the head', pickleProtocol1Truncated()],
  ])('recognises a %s pickle without a header', (_name, head) => {
    expect(sniffFormat(head, 'x.dat')).toEqual({ format: 'pickle', kind: 'model' });
  });

  it.each([
    ['prose in parentheses', '(a).'],
    ['a sentence', 'c is for cookie.\n'],
    ['an INT-like line that is not a number', 'I am here.\n'],
    ['a list literal', '[1, 2, 3]\n'],
    ['a dict literal', '}\n'],
    ['a number', '12345\n'],
    ['a long run of marks', '('.repeat(40)],
    ['a short list pickle without STOP in a whole file', `]q\x00(${'K\x01'.repeat(40)}`],
  ])('does not take %s for a pickle', (_name, content) => {
    expect(sniffFormat(latin1(content), 'notes.txt').format).not.toBe('pickle');
  });

  it.each([
    ['json', '{"model": "x", "layers": 3}\n', 'config.json', 'config'],
    ['json', '[{"a": 1}, {"a": 2}]', 'rows.json', 'dataset'],
    ['json', `{\n  "a": [\n${'    1,\n'.repeat(30)}`, 'cut.json', 'config'],
    ['jsonl', '{"text": "hi", "label": 1}\n{"text": "yo", "label": 0}\n', 'd.jsonl', 'dataset'],
    ['jsonl', '{"text": "hi"}\n{"text": "y', 'cut.jsonl', 'dataset'],
    ['csv', 'ID,X1,X2\n1,20000,2\n2,120000,2\n', 'train.csv', 'dataset'],
    ['csv', 'name,comment\n"Smith, J","said ""hi""\nand left"\nLee,ok\n', 'quoted.csv', 'dataset'],
    ['csv', 'a;b;c\n1;2;3\n4;5;6\n', 'semi.txt', 'dataset'],
    ['csv', 'a,b,c\n', 'header-only.csv', 'dataset'],
    ['csv', 'a,b,c\n1,2,3\n4,5', 'cut.csv', 'dataset'],
    ['tsv', 'a\tb\n1\t2\n3\t4\n', 'd.tsv', 'dataset'],
    ['yaml', 'name: demo\nmodels:\n  - name: m\n    path: m.onnx\n', 'aisec.yaml', 'config'],
    ['yaml', '---\n- a\n- b\n', 'list.yml', 'config'],
    ['yaml', '# comment\nkey: value\n', 'c.yaml', 'config'],
    ['text', 'Hello, world.\nThis is prose, with commas, in it.\n', 'README.md', 'document'],
    ['text', 'You are a helpful assistant.\n', 'system-prompt.txt', 'prompt'],
    ['text', 'import os\nprint(os.getcwd())\n', 'train.py', 'code'],
    ['text', 'a,b,c\n', 'one-line', 'other'],
    ['empty', '', 'empty.csv', 'other'],
  ])('classifies text as %s (%s)', (format, content, name, kind) => {
    expect(sniffFormat(text(content), name)).toEqual({ format, kind });
  });

  it('reads UTF-8 text whose head ends inside a character', () => {
    const head = text('col1,col2\nå,ø\næ,é\n').subarray(0, -2);
    expect(sniffFormat(head, 'x.csv').format).toBe('csv');
  });

  it('calls unrecognised binary unknown', () => {
    expect(sniffFormat(Uint8Array.from([0xde, 0xad, 0xbe, 0xef, 0, 1, 2, 3]), 'x.bin')).toEqual({ format: 'unknown', kind: 'other' });
  });

  it('does not take text starting with x^ for zlib', () => {
    expect(sniffFormat(text('x^2 + y^2 = z^2\n'), 'math.txt').format).toBe('text');
  });

  it.each([
    ['a PyTorch archive', { 'archive/data.pkl': 'p', 'archive/version': '3' }, 'model.pt', 'model'],
    ['a PyTorch archive under any name', { 'archive/data.pkl': 'p' }, 'innocent.zip', 'model'],
    ['a Keras v3 archive', { 'metadata.json': '{}', 'config.json': '{}', 'model.weights.h5': '' }, 'm.keras', 'model'],
    ['a NumPy npz', { 'arr_0.npy': 'x' }, 'arrays.npz', 'model'],
    ['a zipped CSV', { 'train.csv': 'a,b\n' }, 'data.zip', 'dataset'],
    ['other files', { 'readme.txt': 'hi' }, 'bundle.zip', 'other'],
  ])('gives the kind of %s from its members', (_name, members, name, kind) => {
    expect(sniffFormat(zipOf(members), name)).toEqual({ format: 'zip', kind });
  });

  it('gives compressed streams their kind from the name', () => {
    const gz = binarySamples().find(([f]) => f === 'gzip')![1];
    expect(sniffFormat(gz, 'train.csv.gz').kind).toBe('dataset');
    expect(sniffFormat(gz, 'model.joblib').kind).toBe('model');
    expect(sniffFormat(gz, 'logs.gz').kind).toBe('other');
  });

  it('looks at the first 64 KiB only', () => {
    const big = bytes(text('a,b\n'.repeat(20_000)), pickleProtocol2());
    expect(sniffFormat(big, 'x').format).toBe('csv');
  });

  it('tells ONNX from a SavedModel by the version field', () => {
    expect(sniffFormat(onnxModel(3), 'm').format).toBe('onnx');
    expect(sniffFormat(onnxModel(2), 'm').format).not.toBe('onnx');
  });
});

describe('sniffFormat on hostile safetensors headers', () => {
  it('still calls a file with an absurd declared header length safetensors, so its scanner judges it', () => {
    const head = new Uint8Array(64);
    new DataView(head.buffer).setBigUint64(0, 1n << 40n, true);
    head.set(new TextEncoder().encode('{"w":{}}'), 8);
    expect(sniffFormat(head, 'x.bin')).toMatchObject({ format: 'safetensors', kind: 'model' });
  });
});

describe('sniffFormat on JSON Lines with a short first line', () => {
  it('is JSON Lines, not safetensors', () => {
    const text = new TextEncoder().encode('{"a":1}\n{"a":2}\n{"a":3}\n');
    expect(sniffFormat(text, 'rows.jsonl').format).toBe('jsonl');
  });
});

describe('sniffFormat on prose that parses as a few pickle opcodes', () => {
  it('is text when something other than a pickle follows the first STOP', () => {
    expect(sniffFormat(new TextEncoder().encode('Mauris a. Fusce.'), 'notes.txt').format).toBe('text');
  });

  it('is still a pickle when the stream ends at STOP', () => {
    expect(sniffFormat(new TextEncoder().encode('(lp0\nI1\naI2\na.'), 'x.bin').format).toBe('pickle');
  });
});

describe('sniffFormat on a long run of tiny pickles', () => {
  it('recognises the stream without deep recursion', () => {
    const one = '(lp0\nI1\na.';
    expect(sniffFormat(new TextEncoder().encode(one.repeat(6000)), 'x.bin').format).toBe('pickle');
  });
});

describe('sniffFormat on the shortest inputs', () => {
  it('takes three-word prose for text', () => {
    expect(sniffFormat(new TextEncoder().encode('Mauris a.'), 'n').format).toBe('text');
  });

  it('still takes the shortest call (GLOBAL, EMPTY_TUPLE, REDUCE, STOP) for a pickle', () => {
    expect(sniffFormat(new TextEncoder().encode('cposix\nsystem\n)R.'), 'n').format).toBe('pickle');
  });
});
