/**
 * Python 2 module and global names that Python 3's unpickler rewrites (`fix_imports`, on by
 * default for protocols 0–2), so `__builtin__.eval` is `builtins.eval` and `commands` is
 * `subprocess`. The policy judges the rewritten name as well as the written one.
 *
 * @see https://github.com/python/cpython/blob/main/Lib/_compat_pickle.py
 */
const MODULES: Readonly<Record<string, string>> = {
  __builtin__: 'builtins',
  copy_reg: 'copyreg',
  Queue: 'queue',
  SocketServer: 'socketserver',
  ConfigParser: 'configparser',
  repr: 'reprlib',
  cPickle: 'pickle',
  _elementtree: 'xml.etree.ElementTree',
  cStringIO: 'io',
  StringIO: 'io',
  UserDict: 'collections',
  UserList: 'collections',
  UserString: 'collections',
  whichdb: 'dbm',
  anydbm: 'dbm',
  dbhash: 'dbm.bsd',
  dumbdbm: 'dbm.dumb',
  gdbm: 'dbm.gnu',
  xmlrpclib: 'xmlrpc.client',
  SimpleXMLRPCServer: 'xmlrpc.server',
  httplib: 'http.client',
  htmlentitydefs: 'html.entities',
  HTMLParser: 'html.parser',
  Cookie: 'http.cookies',
  cookielib: 'http.cookiejar',
  BaseHTTPServer: 'http.server',
  SimpleHTTPServer: 'http.server',
  CGIHTTPServer: 'http.server',
  commands: 'subprocess',
  urlparse: 'urllib.parse',
  robotparser: 'urllib.robotparser',
  urllib2: 'urllib.request',
  thread: '_thread',
  dummy_thread: '_dummy_thread',
  exceptions: 'builtins',
  _abcoll: 'collections.abc',
  _winreg: 'winreg',
  'test.test_support': 'test.support',
};

const NAMES: Readonly<Record<string, readonly [string, string]>> = {
  '__builtin__.xrange': ['builtins', 'range'],
  '__builtin__.reduce': ['functools', 'reduce'],
  '__builtin__.intern': ['sys', 'intern'],
  '__builtin__.unichr': ['builtins', 'chr'],
  '__builtin__.unicode': ['builtins', 'str'],
  '__builtin__.long': ['builtins', 'int'],
  '__builtin__.basestring': ['builtins', 'str'],
  '__builtin__.raw_input': ['builtins', 'input'],
  '__builtin__.execfile': ['builtins', 'exec'],
  'itertools.izip': ['builtins', 'zip'],
  'itertools.imap': ['builtins', 'map'],
  'itertools.ifilter': ['builtins', 'filter'],
  'UserDict.UserDict': ['collections', 'UserDict'],
  'UserDict.IterableUserDict': ['collections', 'UserDict'],
  'UserList.UserList': ['collections', 'UserList'],
  'UserString.UserString': ['collections', 'UserString'],
  'whichdb.whichdb': ['dbm', 'whichdb'],
  'socket._socketobject': ['socket', 'SocketType'],
  'urllib.urlopen': ['urllib.request', 'urlopen'],
  'urllib.urlretrieve': ['urllib.request', 'urlretrieve'],
  'urllib.quote': ['urllib.parse', 'quote'],
  'urllib.unquote': ['urllib.parse', 'unquote'],
  'urllib.urlencode': ['urllib.parse', 'urlencode'],
  'os.getcwdu': ['os', 'getcwd'],
};

/** The Python 3 name a Python 2 global is rewritten to (the same pair when nothing changes). */
export function py3Name(module: string, name: string): readonly [string, string] {
  const exact = NAMES[`${module}.${name}`];
  if (exact) return exact;
  const mapped = MODULES[module];
  return mapped ? [mapped, name] : [module, name];
}
