/**
 * Globals that ordinary model pickles import, per ecosystem: the default-deny allowlist.
 * Anything not listed here (and not named by the user) is an `unknown-import` finding.
 *
 * The lists follow what the libraries emit when they pickle their own objects, in the spirit
 * of PyTorch's `weights_only` unpickler. None of these returns a callable chosen by the pickle
 * or runs code from its arguments; callables they take (e.g. `_rebuild_from_type_v2`'s
 * function) must themselves be imported, so they are judged on their own.
 */

/**
 * `names: 'classes'` admits any class-like name (`CamelCase`, no dots) in the module(s);
 * `'cython-unpickle'` admits Cython's generated `__pyx_unpickle_<Class>` reconstructors (they
 * rebuild an extension class from its state; the class itself is imported and judged apart);
 * `'any'` admits any undotted name (user entries such as `mypkg.*`).
 */
export interface AllowRule {
  readonly ecosystem: string;
  /** A module, or `pkg.*` for a package and all its submodules. */
  readonly module: string;
  readonly names: readonly string[] | 'classes' | 'sparse-classes' | 'cython-unpickle' | 'any';
}

const TORCH_STORAGES = ['Float', 'Double', 'Half', 'BFloat16', 'Long', 'Int', 'Short', 'Char', 'Byte', 'Bool', 'ComplexFloat', 'ComplexDouble', 'QUInt8', 'QInt8', 'QInt32', 'QUInt4x2', 'QUInt2x4'].map((t) => `${t}Storage`);

/** Legacy tensor classes (the legacy tar format names them in its `tensors` member). */
const TORCH_TENSORS = ['Float', 'Double', 'Half', 'BFloat16', 'Long', 'Int', 'Short', 'Char', 'Byte', 'Bool'].map((t) => `${t}Tensor`);

const TORCH_DTYPES = [
  'float32', 'float64', 'float16', 'bfloat16', 'half', 'float', 'double', 'int64', 'int32', 'int16', 'int8', 'uint8', 'uint16', 'uint32', 'uint64',
  'long', 'int', 'short', 'bool', 'complex32', 'complex64', 'complex128', 'cfloat', 'cdouble', 'qint8', 'quint8', 'qint32', 'quint4x2', 'quint2x4',
  'float8_e4m3fn', 'float8_e5m2', 'float8_e4m3fnuz', 'float8_e5m2fnuz', 'float8_e8m0fnu', 'float4_e2m1fn_x2', 'bits8', 'bits16',
];

const NUMPY_SCALARS = [
  'float64', 'float32', 'float16', 'longdouble', 'int64', 'int32', 'int16', 'int8', 'uint64', 'uint32', 'uint16', 'uint8', 'intc', 'uintc',
  'longlong', 'ulonglong', 'bool_', 'complex64', 'complex128', 'clongdouble', 'str_', 'bytes_', 'object_', 'void', 'datetime64', 'timedelta64',
];

/** The built-in allowlist. */
export const allowRules: readonly AllowRule[] = [
  // PyTorch state dicts and tensors (torch.save of tensors, parameters and OrderedDicts).
  {
    ecosystem: 'pytorch',
    module: 'torch._utils',
    names: [
      '_rebuild_tensor', '_rebuild_tensor_v2', '_rebuild_tensor_v3', '_rebuild_parameter', '_rebuild_parameter_with_state', '_rebuild_sparse_tensor',
      '_rebuild_nested_tensor', '_rebuild_qtensor', '_rebuild_device_tensor_from_numpy', '_rebuild_device_tensor_from_cpu_tensor',
      '_rebuild_meta_tensor_no_storage', '_rebuild_wrapper_subclass', '_rebuild_xla_tensor', '_rebuild_mtia_tensor',
    ],
  },
  { ecosystem: 'pytorch', module: 'torch._tensor', names: ['_rebuild_from_type_v2', '_rebuild_from_type'] },
  { ecosystem: 'pytorch', module: 'torch', names: [...TORCH_STORAGES, ...TORCH_TENSORS, ...TORCH_DTYPES, 'Size', 'device', 'dtype', 'Tensor', 'UntypedStorage', 'TypedStorage', 'strided', 'sparse_coo', 'sparse_csr', 'sparse_csc', 'sparse_bsr', 'sparse_bsc', '_mkldnn', 'contiguous_format', 'channels_last', 'channels_last_3d', 'preserve_format', 'per_tensor_affine', 'per_channel_affine', 'per_tensor_symmetric', 'per_channel_symmetric', 'per_channel_affine_float_qparams'] },
  { ecosystem: 'pytorch', module: 'torch.cuda', names: [...TORCH_STORAGES, ...TORCH_TENSORS] },
  { ecosystem: 'pytorch', module: 'torch.storage', names: ['UntypedStorage', 'TypedStorage', '_StorageBase'] },
  { ecosystem: 'pytorch', module: 'torch.serialization', names: ['_get_layout'] },
  { ecosystem: 'pytorch', module: 'torch.nn.parameter', names: ['Parameter', 'UninitializedParameter', 'UninitializedBuffer', 'Buffer'] },
  { ecosystem: 'pytorch', module: 'torch.nn.modules.*', names: 'classes' },
  // Containers and protocol-2 builtins that pickle.dumps itself emits.
  { ecosystem: 'python', module: 'collections', names: ['OrderedDict', 'defaultdict', 'Counter', 'deque'] },
  {
    ecosystem: 'python',
    module: 'builtins',
    names: ['set', 'frozenset', 'bytearray', 'complex', 'slice', 'list', 'dict', 'tuple', 'int', 'float', 'str', 'bytes', 'bool', 'range', 'object', 'Ellipsis', 'NotImplemented'],
  },
  { ecosystem: 'python', module: '_codecs', names: ['encode'] },
  { ecosystem: 'python', module: 'codecs', names: ['encode'] },
  { ecosystem: 'python', module: 'copyreg', names: ['_reconstructor', '__newobj__', '__newobj_ex__'] },
  { ecosystem: 'python', module: 'datetime', names: ['datetime', 'date', 'time', 'timedelta', 'timezone'] },
  { ecosystem: 'python', module: 'decimal', names: ['Decimal'] },
  { ecosystem: 'python', module: 'fractions', names: ['Fraction'] },
  { ecosystem: 'python', module: 'uuid', names: ['UUID', 'SafeUUID'] },
  { ecosystem: 'python', module: 'pathlib', names: ['Path', 'PurePath', 'PosixPath', 'WindowsPath', 'PurePosixPath', 'PureWindowsPath'] },
  // NumPy arrays, dtypes, scalars and random generators.
  { ecosystem: 'numpy', module: 'numpy', names: ['dtype', 'ndarray', 'matrix', ...NUMPY_SCALARS] },
  { ecosystem: 'numpy', module: 'numpy.core.multiarray', names: ['_reconstruct', 'scalar'] },
  { ecosystem: 'numpy', module: 'numpy._core.multiarray', names: ['_reconstruct', 'scalar'] },
  { ecosystem: 'numpy', module: 'numpy.core.numeric', names: ['_frombuffer'] },
  { ecosystem: 'numpy', module: 'numpy._core.numeric', names: ['_frombuffer'] },
  { ecosystem: 'numpy', module: 'numpy.dtypes', names: 'classes' },
  { ecosystem: 'numpy', module: 'numpy.ma.core', names: ['_mareconstruct', 'MaskedArray'] },
  { ecosystem: 'numpy', module: 'numpy.ma', names: ['MaskedArray', 'masked_array'] },
  { ecosystem: 'numpy', module: 'numpy.*', names: 'cython-unpickle' },
  { ecosystem: 'numpy', module: 'numpy.random._pickle', names: ['__randomstate_ctor', '__bit_generator_ctor', '__generator_ctor'] },
  { ecosystem: 'numpy', module: 'numpy.random.mtrand', names: ['RandomState'] },
  { ecosystem: 'numpy', module: 'numpy.random._generator', names: ['Generator'] },
  { ecosystem: 'numpy', module: 'numpy.random._mt19937', names: ['MT19937'] },
  { ecosystem: 'numpy', module: 'numpy.random._pcg64', names: ['PCG64', 'PCG64DXSM'] },
  { ecosystem: 'numpy', module: 'numpy.random._philox', names: ['Philox'] },
  { ecosystem: 'numpy', module: 'numpy.random._sfc64', names: ['SFC64'] },
  { ecosystem: 'numpy', module: 'numpy.random.bit_generator', names: ['SeedSequence'] },
  // scikit-learn estimators and their SciPy / joblib parts; gradient-boosting libraries.
  { ecosystem: 'scikit-learn', module: 'sklearn.*', names: 'classes' },
  { ecosystem: 'scikit-learn', module: 'sklearn.*', names: 'cython-unpickle' },
  { ecosystem: 'scipy', module: 'scipy.sparse.*', names: 'sparse-classes' },
  { ecosystem: 'scipy', module: 'scipy.*', names: 'cython-unpickle' },
  { ecosystem: 'joblib', module: 'joblib.numpy_pickle', names: ['NumpyArrayWrapper', 'NDArrayWrapper', 'ZNDArrayWrapper'] },
  { ecosystem: 'xgboost', module: 'xgboost.*', names: 'classes' },
  { ecosystem: 'lightgbm', module: 'lightgbm.*', names: 'classes' },
  // pandas frames: their internal constructors (readers and writers stay out: they touch files and URLs).
  { ecosystem: 'pandas', module: 'pandas.core.*', names: 'classes' },
  { ecosystem: 'pandas', module: 'pandas._libs.*', names: 'classes' },
  { ecosystem: 'pandas', module: 'pandas._libs.*', names: 'cython-unpickle' },
  { ecosystem: 'pandas', module: 'pandas.core.indexes.base', names: ['_new_Index'] },
  { ecosystem: 'pandas', module: 'pandas.core.indexes.datetimes', names: ['_new_DatetimeIndex'] },
  { ecosystem: 'pandas', module: 'pandas.core.internals.blocks', names: ['new_block'] },
  { ecosystem: 'pandas', module: 'pandas._libs.internals', names: ['_unpickle_block'] },
  { ecosystem: 'pandas', module: 'pandas._libs.tslibs.timestamps', names: ['_unpickle_timestamp'] },
];

const CLASS_NAME = /^[A-Z][A-Za-z0-9_]*$/;
const SPARSE_NAME = /^([A-Z][A-Za-z0-9_]*|[a-z]{3}_(matrix|array))$/;
const CYTHON_UNPICKLE = /^__pyx_unpickle_[A-Za-z_][A-Za-z0-9_]*$/;

/** Whether a (module, name) pair matches one rule. Dotted names never match a pattern. */
export function ruleMatches(rule: AllowRule, module: string, name: string): boolean {
  const wildcard = rule.module.endsWith('.*');
  const base = wildcard ? rule.module.slice(0, -2) : rule.module;
  if (wildcard ? !(module === base || module.startsWith(`${base}.`)) : module !== base) return false;
  if (rule.names === 'any') return !name.includes('.');
  if (rule.names === 'classes') return CLASS_NAME.test(name);
  if (rule.names === 'sparse-classes') return SPARSE_NAME.test(name);
  if (rule.names === 'cython-unpickle') return CYTHON_UNPICKLE.test(name);
  return rule.names.includes(name);
}

/** Parse user allowlist entries (`module.name` or `module.*`) into rules. */
export function userAllowRules(entries: readonly string[]): AllowRule[] {
  const rules: AllowRule[] = [];
  for (const entry of entries) {
    if (entry.endsWith('.*')) {
      rules.push({ ecosystem: 'user', module: entry, names: 'any' });
      continue;
    }
    const dot = entry.lastIndexOf('.');
    if (dot > 0) rules.push({ ecosystem: 'user', module: entry.slice(0, dot), names: [entry.slice(dot + 1)] });
  }
  return rules;
}
