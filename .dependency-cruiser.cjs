/**
 * The layers of faq-lint and which way imports go (ARCHITECTURE.md draws them). `npm run lint`
 * runs dependency-cruiser with this file: an import into a layer that is not listed under
 * `may` fails the lint, and so does any cycle between modules. Type-only imports count too.
 *
 * Lowest layer first. A layer may import itself and the layers in its `may` list, nothing else.
 */
const LAYERS = [
  { name: 'base', paths: ['^src/types[.]ts$', '^src/meta[.]ts$', '^src/text/'], may: [] },
  { name: 'io', paths: ['^src/source/', '^src/git/', '^src/output/'], may: ['base'] },
  { name: 'parse', paths: ['^src/parse/'], may: ['base', 'io'] },
  {
    name: 'summary',
    paths: ['^src/summary/', '^src/faq-yaml/', '^src/toc/', '^src/redirection-file/'],
    may: ['base', 'io', 'parse'],
  },
  { name: 'docset', paths: ['^src/docset/'], may: ['base', 'io', 'parse', 'summary'] },
  // Rules read files only through their context: no io.
  { name: 'rules', paths: ['^rules/'], may: ['base', 'parse', 'summary', 'docset'] },
  { name: 'config', paths: ['^src/config/'], may: ['base', 'io', 'parse', 'docset'] },
  { name: 'changed', paths: ['^src/changed/'], may: ['base', 'io', 'parse', 'summary', 'docset'] },
  {
    name: 'engine',
    paths: ['^src/engine/'],
    may: ['base', 'io', 'parse', 'summary', 'docset', 'rules', 'config', 'changed'],
  },
  { name: 'reporters', paths: ['^src/reporters/'], may: ['base', 'rules', 'engine'] },
  { name: 'fix', paths: ['^src/fix/'], may: ['base', 'io', 'parse', 'summary', 'docset', 'engine'] },
  {
    name: 'entry',
    paths: [
      '^src/cli/',
      '^src/action/',
      '^src/lsp/',
      '^src/docs/',
      '^src/index[.]ts$',
      '^src/remark[.]ts$',
      '^src/bundle[.]ts$',
      '^src/bundle-start[.]ts$',
    ],
    may: ['base', 'io', 'parse', 'summary', 'docset', 'rules', 'config', 'changed', 'engine', 'reporters', 'fix'],
  },
];

const byName = new Map(LAYERS.map((layer) => [layer.name, layer]));

/** One rule per layer: from its paths, to the paths of every layer it may not import. */
const layerRules = LAYERS.flatMap((layer) => {
  const forbidden = LAYERS.filter((other) => other !== layer && !layer.may.includes(other.name)).flatMap(
    (other) => other.paths,
  );
  if (forbidden.length === 0) return [];
  return {
    name: `layer-${layer.name}`,
    comment: `${layer.name} may import only ${layer.may.length ? layer.may.join(', ') : 'itself'} (see ARCHITECTURE.md, "Layers")`,
    severity: 'error',
    from: { path: layer.paths },
    to: { path: forbidden },
  };
});

/** Every module of src/ and rules/ belongs to a layer. */
const known = LAYERS.flatMap((layer) => layer.paths);

for (const layer of LAYERS)
  for (const name of layer.may) if (!byName.has(name)) throw new Error(`unknown layer ${name}`);

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'no-circular',
      comment: 'modules import each other in a cycle',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'layer-unknown',
      comment: 'a module of src/ or rules/ outside every layer: add it to LAYERS',
      severity: 'error',
      from: { path: '^(src|rules)/', pathNot: known },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '[.]d[.]ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js'],
    },
  },
};
