/**
 * Globals known to run code or reach the system, with the reason in plain words. This list only
 * NAMES severity (critical instead of high): anything outside the allowlist is already a
 * finding, so a gap here can lower a finding's severity but never hide it.
 *
 * Entries with no name cover the module and all its submodules (`asyncio` covers
 * `asyncio.unix_events`, the CVE-2025-10157 bypass of exact-name matching).
 */

/** Why a global is dangerous. */
export type DangerCategory = 'code' | 'process' | 'import' | 'gadget' | 'deserialize' | 'files' | 'network' | 'native' | 'interpreter';

/** Plain-words reason for each category. */
export const dangerWhy: Readonly<Record<DangerCategory, string>> = {
  code: 'evaluates, compiles or builds Python code, so the pickle runs any code it carries',
  process: 'starts programs or shell commands on the machine that loads the model',
  import: 'imports any module or resolves any name, so the pickle can reach every function on the machine',
  gadget: 'fetches attributes or calls other callables by name: the building block of chains that reach code execution through harmless-looking imports',
  deserialize: 'loads another serialized object (pickle, marshal, YAML, a model file), running whatever that contains',
  files: 'reads, writes or deletes files, which can plant code that runs later (a shell profile, a site-packages file)',
  network: 'opens network connections or downloads, which can exfiltrate data or fetch a second stage',
  native: 'calls native code directly, bypassing Python entirely',
  interpreter: 'changes the running interpreter (its modules, tracing hooks or debugger), which can redirect later code',
};

/** One denylist entry. */
export interface DenyRule {
  readonly module: string;
  /** Omitted: every name in the module and its submodules. */
  readonly names?: readonly string[];
  readonly category: DangerCategory;
}

const mods = (category: DangerCategory, ...modules: string[]): DenyRule[] => modules.map((module) => ({ module, category }));

/** The built-in denylist. */
export const denyRules: readonly DenyRule[] = [
  ...mods('process', 'os', 'posix', 'nt', 'subprocess', 'pty', 'commands', '_posixsubprocess', '_winapi', 'multiprocessing', 'asyncio', 'platform', '_osx_support', '_aix_support', 'pip', 'setuptools', 'distutils', 'numpy.distutils', 'mlflow.projects'),
  ...mods('code', 'runpy', 'code', 'codeop', 'timeit', 'trace', 'profile', 'cProfile', 'pdb', 'bdb', 'idlelib', 'pydoc', '_pyrepl', 'numpy.f2py', 'numpy.testing', 'torch._inductor', 'torch.utils.collect_env', 'torch.utils.cpp_extension', 'torch.fx', 'torch.jit', 'torch.package', 'jinja2', 'site'),
  ...mods('gadget', 'threading', '_thread', 'atexit', 'weakref'),
  { module: 'builtins', names: ['eval', 'exec', 'compile', 'execfile', 'breakpoint', 'input', 'help'], category: 'code' },
  { module: 'builtins', names: ['__import__', 'globals', 'locals', 'vars'], category: 'import' },
  { module: 'builtins', names: ['getattr', 'setattr', 'delattr'], category: 'gadget' },
  { module: 'builtins', names: ['open'], category: 'files' },
  { module: 'types', names: ['FunctionType', 'LambdaType', 'CodeType', 'MethodType', 'ModuleType', 'BuiltinFunctionType', 'BuiltinMethodType'], category: 'code' },
  ...mods('import', 'importlib', 'pkgutil', 'zipimport', 'imp'),
  { module: 'operator', names: ['attrgetter', 'itemgetter', 'methodcaller', 'getitem', 'setitem', 'delitem', 'call'], category: 'gadget' },
  { module: 'functools', names: ['partial', 'partialmethod', 'reduce', 'singledispatch'], category: 'gadget' },
  ...mods('native', 'ctypes', '_ctypes', 'numpy.ctypeslib', 'cffi'),
  ...mods('interpreter', 'sys', 'gc', 'inspect', 'signal'),
  ...mods('deserialize', 'pickle', '_pickle', 'cPickle', 'pickletools', 'shelve', 'marshal', 'dill', 'cloudpickle', 'jsonpickle', 'joblib.numpy_pickle_compat', 'torch.hub'),
  { module: 'yaml', names: ['load', 'unsafe_load', 'full_load', 'load_all', 'unsafe_load_all', 'full_load_all', 'UnsafeLoader', 'FullLoader'], category: 'deserialize' },
  { module: 'torch', names: ['load', 'hub'], category: 'deserialize' },
  { module: 'torch.serialization', names: ['load', '_load', '_legacy_load'], category: 'deserialize' },
  { module: 'torch.storage', names: ['_load_from_bytes'], category: 'deserialize' },
  { module: 'numpy', names: ['load', 'loads'], category: 'deserialize' },
  { module: 'numpy', names: ['fromfile', 'memmap', 'save', 'savez', 'savez_compressed', 'savetxt', 'loadtxt', 'genfromtxt', 'tofile'], category: 'files' },
  { module: 'numpy.lib.npyio', names: ['load'], category: 'deserialize' },
  { module: 'numpy.lib.format', names: ['read_array', 'open_memmap'], category: 'deserialize' },
  { module: 'joblib', names: ['load'], category: 'deserialize' },
  { module: 'joblib.numpy_pickle', names: ['load'], category: 'deserialize' },
  { module: 'pandas', names: ['read_pickle'], category: 'deserialize' },
  { module: 'pandas', names: ['eval'], category: 'code' },
  { module: 'pandas', names: ['read_csv', 'read_json', 'read_html', 'read_sql', 'read_parquet', 'read_excel', 'read_xml', 'read_table'], category: 'network' },
  ...mods('deserialize', 'pandas.io.pickle'),
  { module: 'uuid', names: ['_get_command_stdout', '_popen', '_ifconfig_getnode', '_ip_getnode', '_arp_getnode', '_lanscan_getnode', '_netstat_getnode', '_find_mac', '_find_mac_near_keyword', '_find_mac_under_heading'], category: 'process' },
  { module: 'io', names: ['open', 'open_code', 'FileIO'], category: 'files' },
  { module: '_io', names: ['open', 'open_code', 'FileIO'], category: 'files' },
  { module: 'logging', names: ['FileHandler', 'basicConfig', 'config', 'handlers'], category: 'files' },
  ...mods('code', 'logging.config'),
  ...mods('files', 'logging.handlers', 'shutil', 'tempfile', 'glob', 'fileinput', 'tarfile', 'zipfile', 'gzip', 'bz2', 'lzma', 'dbm', 'sqlite3', '_sqlite3', 'pathlib', 'linecache', 'mailbox', 'filecmp'),
  ...mods('network', 'socket', '_socket', 'ssl', 'urllib', 'urllib2', 'http', 'httplib', 'ftplib', 'smtplib', 'telnetlib', 'imaplib', 'poplib', 'nntplib', 'xmlrpc', 'xmlrpclib', 'socketserver', 'webbrowser', 'requests', 'httpx', 'aiohttp', 'urllib3', 'asynchat', 'asyncore', 'smtpd'),
];

/** The deny entry matching `module.name`, if any. */
export function denyMatch(module: string, name: string): DenyRule | undefined {
  for (const rule of denyRules) {
    if (rule.names === undefined) {
      if (module === rule.module || module.startsWith(`${rule.module}.`)) return rule;
      continue;
    }
    if (module !== rule.module) continue;
    for (const n of rule.names) if (name === n || name.startsWith(`${n}.`)) return rule;
  }
  return undefined;
}
