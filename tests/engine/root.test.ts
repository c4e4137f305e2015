import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRoots } from '../../src/docset/root.js';
import { git, tempTree } from '../temp.js';

describe('docset root detection', () => {
  it('takes the nearest folder upward with docfx.json', () => {
    const root = tempTree({ 'docs/docfx.json': '{}', 'docs/a/b/x.md': '# x' });
    expect(findRoots(path.join(root, 'docs/a/b'), root)).toMatchObject({
      docsetRoot: path.join(root, 'docs'),
      reason: 'docfx.json',
    });
  });

  it('else takes the build_source_folder named by .openpublishing.publish.config.json', () => {
    const root = tempTree({
      '.openpublishing.publish.config.json': JSON.stringify({
        docsets_to_publish: [{ build_source_folder: 'articles-src' }],
      }),
      'articles-src/sub/x.md': '# x',
      'other/y.md': '# y',
    });
    git(root, 'init', '-q');
    expect(findRoots(path.join(root, 'articles-src/sub'), root)).toMatchObject({
      docsetRoot: path.join(root, 'articles-src'),
      repoRoot: root,
      reason: 'openpublishing',
    });
    expect(findRoots(path.join(root, 'other'), root)).toMatchObject({ docsetRoot: root, reason: 'git' });
  });

  it('else the git root, else the working folder', () => {
    const repo = tempTree({ 'a/x.md': '# x' });
    git(repo, 'init', '-q');
    expect(findRoots(path.join(repo, 'a'), '/')).toMatchObject({ docsetRoot: repo, reason: 'git' });
    const plain = tempTree({ 'a/x.md': '# x' });
    expect(findRoots(path.join(plain, 'a'), plain)).toMatchObject({ docsetRoot: plain, reason: 'cwd' });
  });
});
