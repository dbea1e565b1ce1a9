import { describe, expect, it } from 'vitest';
import { bytesInput } from '../_shared/chunk-input.js';
import { analyzePickle } from './analyze.js';
import { Op } from './opcodes.js';
import { createPolicy } from './policy/classify.js';
import { dumps, PyFloat, PyTuple, type PyValue } from './test-support/dumps.js';
import { ndarrayPickle, sklearnEstimatorPickle, torchStateDictPickle } from './test-support/ecosystem-pickles.js';
import { PickleWriter } from './test-support/pickle-writer.js';

const run = (bytes: Uint8Array) => analyzePickle(bytesInput(bytes), { policy: createPolicy() });
const rules = (bytes: Uint8Array) => run(bytes).findings.map((f) => f.rule);
const w = () => new PickleWriter();

const sample: PyValue = {
  name: 'toy-model',
  layers: [4, 8, 2],
  lr: 0.001,
  big: 2 ** 40,
  negative: -7,
  ok: true,
  nothing: null,
  raw: Uint8Array.of(0, 1, 0x80, 0xff),
  tags: new PyTuple(['demo', 'benign', 'x', 'y']),
  pair: new PyTuple([1, new PyFloat(2)]),
  weights: Array.from({ length: 2500 }, (_, k) => k / 3),
  nested: { deeper: [{ a: 'b' }, [], {}] },
  repeated: ['toy-model', 'toy-model'],
  text: 'a "quoted" line\nwith ünïcode and \\ backslashes',
};

describe('PickleMachine on benign data', () => {
  it.each([0, 1, 2, 3, 4, 5])('finds nothing in plain data pickled with protocol %i', (protocol) => {
    const result = run(dumps(sample, protocol));
    expect(result).toMatchObject({ findings: [], status: 'complete', streams: 1 });
  });

  it('finds nothing in a PyTorch state dict, a NumPy array or a scikit-learn estimator', () => {
    for (const bytes of [torchStateDictPickle(5), ndarrayPickle(), sklearnEstimatorPickle()]) expect(run(bytes)).toMatchObject({ findings: [], status: 'complete' });
  });

  it('understands every opcode of protocols 0–5 without breaking', () => {
    const bytes = w().proto(5).frame(0)
      .mark().int(1).long(123n).float(1.5).string("'s'").unicode('u').none().tuple().pop()
      .binInt(5).binInt(300).binInt(70000).long1([1, 2]).op(Op.LONG4, 1, 0, 0, 0, 7).binFloat(2).newTrue().newFalse().tuple3().tuple3().pop()
      .shortBinString('a').binString('b').shortBinUnicode('c').binUnicode('d').binUnicode8('e').shortBinBytes(Uint8Array.of(1)).binBytes(Uint8Array.of(2)).binBytes8(Uint8Array.of(3)).byteArray8(Uint8Array.of(4)).readonlyBuffer()
      .mark().popMark().mark().tuple().pop().emptyTuple().tuple1().tuple2().pop().pop().pop().pop().pop().pop().pop()
      .emptyList().binInt(1).append().mark().binInt(2).binInt(3).appends().memoize().put(7).binPut(8).longBinPut(9).pop()
      .get(7).binGet(8).longBinGet(9).pop().pop().pop()
      .emptyDict().binInt(1).binInt(2).setItem().mark().binInt(3).binInt(4).setItems().pop()
      .mark().binInt(1).binInt(2).dict().pop().mark().binInt(1).list().pop()
      .emptySet().mark().binInt(1).addItems().pop().mark().binInt(1).frozenset().pop()
      .global('collections', 'OrderedDict').dup().pop().emptyTuple().reduce().emptyDict().build().pop()
      .global('collections', 'OrderedDict').emptyTuple().newObj().pop()
      .global('collections', 'OrderedDict').emptyTuple().emptyDict().newObjEx().pop()
      .mark().global('collections', 'OrderedDict').obj().pop()
      .mark().inst('collections', 'OrderedDict').pop()
      .persId('0').pop().binUnicode('k').binPersId().pop()
      .nextBuffer().pop()
      .emptyDict().stop().bytes();
    expect(run(bytes)).toMatchObject({ findings: [], status: 'complete' });
  });

  it('pops a MARK with POP when the mark is on top, as CPython does', () => {
    expect(run(w().none().mark().pop().stop().bytes()).status).toBe('complete');
  });
});

describe('PickleMachine on hostile streams', () => {
  it('never trusts a declared length: a 2^60-byte BINBYTES8 breaks the stream instead of allocating', () => {
    const result = run(w().proto(4).declared(Op.BINBYTES8, 8, 2n ** 60n).stop().bytes());
    expect(result.status).toBe('incomplete');
    expect(result.message).toMatch(/BINBYTES8 declares \d{19} bytes but only 1 remain/);
  });

  it('reports a negative BINSTRING length and an unsupported protocol as breaks', () => {
    expect(run(w().op(Op.BINSTRING, 0xff, 0xff, 0xff, 0xff).stop().bytes()).message).toMatch(/negative length/);
    expect(run(w().proto(9).none().stop().bytes()).message).toMatch(/unsupported pickle protocol 9/);
  });

  it('reports stack underflow, a missing MARK and an unknown memo key, and goes on', () => {
    expect(run(w().pop().call('os', 'system', 'x').stop().bytes()).findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['broken-stream', 'dangerous-import']));
    expect(run(w().appends().none().stop().bytes()).message).toMatch(/APPENDS without a MARK/);
    expect(run(w().binGet(3).stop().bytes()).message).toMatch(/memo key 3 was never stored/);
  });

  it('marks what it sees after a break as medium confidence', () => {
    const result = run(w().pop().call('os', 'system', 'x').stop().bytes());
    expect(result.findings.find((f) => f.rule === 'dangerous-import')).toMatchObject({ confidence: 'medium', evidence: { afterBreak: true } });
  });

  it('flags STACK_GLOBAL whose operands are not literal strings', () => {
    const computed = w().proto(4).global('builtins', 'str').emptyTuple().reduce().shortBinUnicode('system').stackGlobal().stop().bytes();
    expect(rules(computed)).toContain('dynamic-import');
    expect(rules(w().proto(4).binInt(1).binInt(2).stackGlobal().stop().bytes())).toContain('broken-stream');
  });

  it('resolves STACK_GLOBAL names assembled through allowed callables and judges what they name', () => {
    const decoded = w().proto(4).global('builtins', 'str').shortBinBytes(new TextEncoder().encode('os')).shortBinUnicode('latin1').tuple2().reduce().shortBinUnicode('system').stackGlobal().stop().bytes();
    expect(run(decoded).findings.map((f) => [f.rule, f.evidence?.['global']])).toEqual([['dangerous-import', 'os.system']]);
    const joined = w().proto(4).global('operator', 'add').shortBinUnicode('colle').shortBinUnicode('ctions').tuple2().reduce().shortBinUnicode('OrderedDict').stackGlobal().stop().bytes();
    expect(run(joined).findings.map((f) => f.evidence?.['global'])).toEqual(['operator.add']);
    const benign = w().proto(4).global('builtins', 'str').shortBinUnicode('collections').tuple1().reduce().shortBinUnicode('OrderedDict').stackGlobal().stop().bytes();
    expect(run(benign).findings).toEqual([]);
  });

  it('flags extension-registry imports and BUILD applied to a global itself', () => {
    expect(rules(w().proto(2).ext1(7).stop().bytes())).toEqual(['extension-import']);
    expect(rules(w().proto(2).global('collections', 'OrderedDict').emptyDict().build().stop().bytes())).toEqual(['state-tampering']);
  });

  it('flags calls of computed values and follows attrgetter and partial', () => {
    const computed = w().proto(2).global('collections', 'OrderedDict').emptyTuple().reduce().emptyTuple().reduce().stop().bytes();
    expect(rules(computed)).toEqual(['computed-call']);
    const getter = w().proto(2).global('operator', 'attrgetter').binUnicode('path.os.system').tuple1().reduce().global('collections', 'OrderedDict').tuple1().reduce().stop().bytes();
    expect(run(getter).findings.map((f) => f.evidence?.['global'])).toContain('collections.OrderedDict.path.os.system');
    const partial = w().proto(2).global('functools', 'partial').global('builtins', 'getattr').tuple1().reduce().global('collections', 'OrderedDict').binUnicode('__class__').tuple2().reduce().stop().bytes();
    expect(run(partial).findings).toContainEqual(expect.objectContaining({ evidence: expect.objectContaining({ global: 'collections.OrderedDict.__class__', category: 'dunder' }) }));
  });

  it('reports one finding per global however often it is imported, with the count', () => {
    const w2 = w().proto(2);
    for (let k = 0; k < 50; k++) w2.global('os', 'system').pop();
    const [finding] = run(w2.none().stop().bytes()).findings;
    expect(finding).toMatchObject({ rule: 'dangerous-import', evidence: { count: 50, offsets: [2, 14, 26, 38, 50] } });
  });

  it('keeps a MEMOIZE key equal to the number of memo entries, as CPython does', () => {
    // After keys 0 and 5, the next MEMOIZE uses key 2 (len(memo)), not 1 or 6.
    const bytes = w().proto(4).shortBinUnicode('os').memoize().put(5).shortBinUnicode('system').memoize().binGet(0).binGet(2).stackGlobal().stop().bytes();
    expect(run(bytes).findings.map((f) => f.evidence?.['global'])).toEqual(['os.system']);
    const wrong = w().proto(4).shortBinUnicode('os').memoize().put(5).shortBinUnicode('system').memoize().binGet(0).binGet(1).stackGlobal().stop().bytes();
    expect(run(wrong).message).toMatch(/memo key 1 was never stored/);
  });
});
