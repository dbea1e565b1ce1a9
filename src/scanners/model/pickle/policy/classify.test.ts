import { describe, expect, it } from 'vitest';
import { createPolicy } from './classify.js';
import { py3Name } from './compat.js';

const policy = createPolicy();
const level = (module: string, name: string) => policy.classify(module, name).level;

describe('createPolicy', () => {
  it.each([
    ['torch._utils', '_rebuild_tensor_v2'],
    ['torch', 'FloatStorage'],
    ['torch', 'bfloat16'],
    ['collections', 'OrderedDict'],
    ['numpy.core.multiarray', '_reconstruct'],
    ['numpy._core.multiarray', 'scalar'],
    ['numpy', 'dtype'],
    ['sklearn.linear_model._logistic', 'LogisticRegression'],
    ['sklearn.tree._tree', 'Tree'],
    ['xgboost.core', 'Booster'],
    ['lightgbm.basic', 'Booster'],
    ['scipy.sparse._csr', 'csr_matrix'],
    ['__builtin__', 'set'],
    ['builtins', 'bytearray'],
    ['_codecs', 'encode'],
    ['copy_reg', '_reconstructor'],
    ['pathlib', 'PosixPath'],
    ['numpy.ma', 'MaskedArray'],
    ['numpy.random.bit_generator', '__pyx_unpickle_SeedSequence'],
    ['sklearn.neighbors._kd_tree', '__pyx_unpickle_KDTree'],
  ])('allows %s.%s', (module, name) => {
    expect(level(module, name)).toBe('allowed');
  });

  it.each([
    ['os', 'system', 'process'],
    ['posix', 'system', 'process'],
    ['nt', 'system', 'process'],
    ['subprocess', 'Popen', 'process'],
    ['builtins', 'eval', 'code'],
    ['__builtin__', 'exec', 'code'],
    ['builtins', 'getattr', 'gadget'],
    ['builtins', '__import__', 'import'],
    ['builtins', 'open', 'files'],
    ['runpy', 'run_path', 'code'],
    ['pip', 'main', 'process'],
    ['torch.hub', 'load', 'deserialize'],
    ['torch', 'load', 'deserialize'],
    ['importlib', 'import_module', 'import'],
    ['pty', 'spawn', 'process'],
    ['socket', 'create_connection', 'network'],
    ['shutil', 'rmtree', 'files'],
    ['webbrowser', 'open', 'network'],
    ['code', 'InteractiveInterpreter', 'code'],
    ['commands', 'getoutput', 'process'],
    ['ctypes', 'CDLL', 'native'],
    ['sys', 'modules', 'interpreter'],
    ['marshal', 'loads', 'deserialize'],
    ['types', 'FunctionType', 'code'],
    ['pickle', 'loads', 'deserialize'],
    ['dill', 'loads', 'deserialize'],
    ['numpy', 'load', 'deserialize'],
  ])('names %s.%s critical (%s)', (module, name, category) => {
    expect(policy.classify(module, name)).toMatchObject({ level: 'dangerous', category });
  });

  it('judges submodules and dotted attribute chains by what they reach', () => {
    expect(level('asyncio.unix_events', '_UnixSubprocessTransport._start')).toBe('dangerous');
    expect(policy.classify('pathlib', 'os.system')).toMatchObject({ level: 'dangerous', category: 'process', matched: 'os.system' });
    expect(policy.classify('torch', 'hub.load')).toMatchObject({ level: 'dangerous', category: 'deserialize' });
    expect(policy.classify('collections', 'OrderedDict.__init__.__globals__')).toMatchObject({ level: 'dangerous', category: 'dunder' });
    // A submodule that merely shares a name with a dangerous module is not that module.
    expect(level('mypkg.os', 'Thing')).toBe('unknown');
  });

  it('treats anything else as unknown (high), including code from __main__ and dotted names', () => {
    expect(level('types', 'SimpleNamespace')).toBe('unknown');
    expect(policy.classify('__main__', 'MyNet')).toMatchObject({ level: 'unknown', reason: expect.stringContaining('script that saved') });
    expect(policy.classify('sklearn.pipeline', 'Pipeline.fit')).toMatchObject({ level: 'unknown', reason: expect.stringContaining('dotted') });
    expect(level('torch.nn.modules.linear', 'linear_helper')).toBe('unknown');
  });

  it('admits user entries but never lets them downgrade a denylisted global', () => {
    const custom = createPolicy(['mypkg.models.Net', 'other.*', 'os.system']);
    expect(custom.classify('mypkg.models', 'Net').level).toBe('allowed');
    expect(custom.classify('other.deep', 'anything').level).toBe('allowed');
    expect(custom.classify('other', 'x.y').level).toBe('unknown');
    expect(custom.classify('os', 'system').level).toBe('dangerous');
  });
});

describe('py3Name', () => {
  it('applies the fix_imports renames', () => {
    expect(py3Name('__builtin__', 'eval')).toEqual(['builtins', 'eval']);
    expect(py3Name('commands', 'getoutput')).toEqual(['subprocess', 'getoutput']);
    expect(py3Name('__builtin__', 'reduce')).toEqual(['functools', 'reduce']);
    expect(py3Name('numpy', 'dtype')).toEqual(['numpy', 'dtype']);
  });
});
