// The import direction of docs/architecture.md, as an ESLint rule.
// A module may import from a lower layer, or from its own folder; a sibling folder of the
// same layer only through that folder's index.ts. Nothing imports cli/, server/ or src/index.ts,
// except that cli/ starts the server (`aisec serve`) through server/index.ts.
import path from 'node:path';

/** Layer rank of each top-level folder under src/ (higher imports lower). */
export const layers = {
  core: 0,
  config: 1, taxonomy: 1, stats: 1, ml: 1, integrity: 1, store: 1, inventory: 1,
  scanners: 2, attacks: 2, detect: 2, redteam: 2, monitor: 2, risk: 2, incidents: 2, gateway: 2,
  report: 3,
  assess: 4,
  server: 5, cli: 5,
};

function folderOf(file, srcRoot) {
  const rel = path.relative(srcRoot, file);
  if (rel.startsWith('..')) return null;
  const parts = rel.split(path.sep);
  return parts.length === 1 ? '<root>' : parts[0];
}

export const layersRule = {
  meta: { type: 'problem', schema: [], messages: { bad: '{{why}}' } },
  create(context) {
    const file = context.filename;
    const srcRoot = path.join(context.cwd, 'src');
    const from = folderOf(file, srcRoot);
    if (from === null) return {};
    function check(node) {
      const spec = node.source && node.source.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), spec);
      const to = folderOf(target, srcRoot);
      if (to === null || to === from) return;
      const report = (why) => context.report({ node, messageId: 'bad', data: { why } });
      if (to === '<root>') return report('Nothing under src/ imports the public facade src/index.ts.');
      if (from === '<root>') return; // the facade may import anything
      if (!(to in layers)) return report(`src/${to} is not in the layer table (scripts/eslint/layers.js).`);
      if (!(from in layers)) return report(`src/${from} is not in the layer table (scripts/eslint/layers.js).`);
      const rel = path.relative(path.join(srcRoot, to), target);
      const viaIndex = rel === 'index.js' || rel === 'index.ts' || rel === 'index';
      if (to === 'server' && from === 'cli' && viaIndex) return;
      if (to === 'cli' || to === 'server') return report(`Nothing imports src/${to}${to === 'server' ? ' (but cli/, through src/server/index.ts)' : ''}.`);
      if (layers[to] > layers[from]) return report(`src/${from} (layer ${layers[from]}) may not import src/${to} (layer ${layers[to]}): imports point down.`);
      if (layers[to] === layers[from] && !viaIndex && to !== 'core') return report(`src/${from} may reach its sibling src/${to} only through src/${to}/index.ts.`);
      if (layers[to] < layers[from] && layers[to] >= 2 && !viaIndex) return report(`Import src/${to} through its index.ts.`);
    }
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: (node) => check({ source: node.source, ...node }) };
  },
};
