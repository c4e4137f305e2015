import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { ConfigLoader, findConfigFile, loadConfigFile } from '../../src/config/load.js';
import { matchingOverrides, resolveConfig } from '../../src/config/resolve.js';
import { ConfigError } from '../../src/config/types.js';
import { planJobs } from '../../src/engine/plan.js';
import { TEST_NOW } from '../helpers.js';
import { tempTree } from '../temp.js';

describe('config discovery', () => {
  it('finds the nearest config upward, first name in order wins', () => {
    const root = tempTree({
      '.faqlintrc.json': '{}',
      'a/.faqlintrc.yaml': 'rules: {}',
      'a/faq-lint.config.mjs': 'export default {};',
      'b/package.json': JSON.stringify({ name: 'x' }),
      'c/package.json': JSON.stringify({ name: 'x', 'faq-lint': {} }),
      'a/deep/x.md': '',
    });
    expect(findConfigFile(path.join(root, 'a/deep'))).toBe(path.join(root, 'a/faq-lint.config.mjs'));
    expect(findConfigFile(path.join(root, 'b'))).toBe(path.join(root, '.faqlintrc.json'));
    expect(findConfigFile(path.join(root, 'c'))).toBe(path.join(root, 'c/package.json'));
  });

  it('loads every supported kind', async () => {
    const root = tempTree({
      'j/.faqlintrc.json': JSON.stringify({ rules: { 'file-unreadable': 'warn' } }),
      'y/.faqlintrc.yaml': 'rules:\n  file-unreadable: warn\n',
      'm/faq-lint.config.mjs': "export default { rules: { 'file-unreadable': 'warn' } };",
      'p/package.json': JSON.stringify({ 'faq-lint': { rules: { 'file-unreadable': 'warn' } } }),
    });
    for (const file of ['j/.faqlintrc.json', 'y/.faqlintrc.yaml', 'm/faq-lint.config.mjs', 'p/package.json']) {
      const loaded = await loadConfigFile(path.join(root, file), allRules);
      expect(loaded.config.rules).toEqual({ 'file-unreadable': 'warn' });
    }
  });

  it('--config wins over discovery and --no-config ignores every file', async () => {
    const root = tempTree({ '.faqlintrc.json': '{}', 'other.json': '{"rules":{}}' });
    expect((await new ConfigLoader(allRules, path.join(root, 'other.json')).forDir(root))?.path).toBe(
      path.join(root, 'other.json'),
    );
    expect(await new ConfigLoader(allRules, undefined, true).forDir(root)).toBeUndefined();
  });
});

describe('config validation', () => {
  // [config, where (line:column), key, problem]
  const cases: [string, string, string, string][] = [
    [
      '{"rules": {"file-unreadabel": "error"}}',
      '1:12',
      'rules.file-unreadabel',
      "unknown rule 'file-unreadabel', did you mean 'file-unreadable'?",
    ],
    [
      '{"rules": {"file-unreadable": "fatal"}}',
      '1:12',
      'rules.file-unreadable',
      "severity must be 'off', 'warn' or 'error' (or 0, 1, 2), got \"fatal\"",
    ],
    [
      '{"rules": {"file-unreadable": ["warn", {"nope": 1}]}}',
      '1:41',
      'rules.file-unreadable[1].nope',
      "unknown option for rule 'file-unreadable'",
    ],
    ['{"extends": ["eslint:recommended"]}', '1:14', 'extends[0]', 'must be one of "faq-lint:recommended"'],
    ['{"ignore": []}', '1:2', 'ignore', 'unknown key'],
    [
      '{"overrides": [{"files": ["a/**"], "rules": {"nope": "off"}}]}',
      '1:46',
      'overrides[0].rules.nope',
      "unknown rule 'nope'",
    ],
    ['{"rules": ', '1:11', '', 'invalid JSON: Unexpected end of JSON input'],
  ];
  it.each(cases)('%s -> %s %s: %s', async (json, where, key, message) => {
    const root = tempTree({ '.faqlintrc.json': json });
    const file = path.join(root, '.faqlintrc.json');
    const error = await loadConfigFile(file, allRules).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe(`${file}:${where}: ${key ? `${key}: ` : ''}${message}`);
  });

  it('rejects invalid YAML naming the file, line and column', async () => {
    const root = tempTree({ '.faqlintrc.yaml': 'rules: [unclosed\n' });
    await expect(loadConfigFile(path.join(root, '.faqlintrc.yaml'), allRules)).rejects.toThrow(
      /\.faqlintrc\.yaml:2:1: invalid YAML: /,
    );
  });
});

describe('config resolution', () => {
  it('applies defaults, rules, matching overrides in order, then the command line', async () => {
    const root = tempTree({
      '.faqlintrc.json': JSON.stringify({
        rules: { 'internal-error': 'warn', 'file-unreadable': 'off' },
        overrides: [
          { files: ['legacy/**'], rules: { 'file-unreadable': 'warn' } },
          { files: ['legacy/keep/*.md'], rules: { 'file-unreadable': ['error', {}] } },
        ],
        sitePrefixes: { '/azure/': 'articles/' },
      }),
    });
    const loaded = await loadConfigFile(path.join(root, '.faqlintrc.json'), allRules);
    const severities = (file: string, cli = {}) =>
      Object.fromEntries(
        Object.entries(resolveConfig(path.join(root, file), loaded, allRules, cli).rules).map(([id, r]) => [
          id,
          r.severity,
        ]),
      );
    expect(severities('a.md')).toEqual(
      expect.objectContaining({ 'internal-error': 'warn', 'inline-config-invalid': 'error' }),
    );
    expect(severities('a.md')).not.toHaveProperty('file-unreadable');
    expect(severities('legacy/x.md')['file-unreadable']).toBe('warn');
    expect(severities('legacy/keep/x.md')['file-unreadable']).toBe('error');
    expect(severities('a.md', { 'internal-error': 'off' })).not.toHaveProperty('internal-error');
    expect(resolveConfig(path.join(root, 'a.md'), loaded, allRules).sitePrefixes).toEqual({ '/azure/': 'articles/' });
  });

  it('files under one config with the same matching overrides share one resolved config and settings object', async () => {
    const root = tempTree({
      '.faqlintrc.json': JSON.stringify({
        overrides: [{ files: ['legacy/**'], rules: { 'file-unreadable': 'warn' } }],
      }),
      'a.md': '# A\n',
      'b.md': '# B\n',
      'legacy/c.md': '# C\n',
      'legacy/d.md': '# D\n',
    });
    const files = ['a.md', 'b.md', 'legacy/c.md', 'legacy/d.md'].map((f) => path.join(root, f));
    expect(matchingOverrides(files[0]!, await new ConfigLoader(allRules).forDir(root))).toEqual([]);
    const jobs = await planJobs(files, { cwd: root, loader: new ConfigLoader(allRules), now: TEST_NOW, limitMs: 1000 });
    const [a, b, c, d] = jobs;
    expect(a!.config).toBe(b!.config);
    expect(a!.settings).toBe(b!.settings);
    expect(c!.config).toBe(d!.config);
    expect(c!.config).not.toBe(a!.config);
    expect(c!.config.rules['file-unreadable']?.severity).toBe('warn');
    expect(a!.config.rules['file-unreadable']?.severity).toBe('error');
  });
});
