import { describe, expect, it } from 'vitest';
import { FileIndex } from '../../src/docset/file-index.js';

describe('FileIndex.similar, indexed and memoised for large docsets', () => {
  const index = FileIndex.of([
    'docs/a/setup.md',
    'docs/a/Intro.md',
    'docs/b/setup.md',
    'docs/a/install.md',
    'docs/c/other.md',
  ]);

  it('suggests a case-only match, then the same name elsewhere, then a near name in the folder', () => {
    expect(index.similar('docs/a/intro.md')).toEqual(['docs/a/Intro.md']);
    expect(index.similar('docs/c/setup.md')).toEqual(['docs/a/setup.md', 'docs/b/setup.md']);
    expect(index.similar('docs/a/instal.md')).toEqual(['docs/a/install.md']);
    expect(index.similar('docs/d/nothing-like-it.md')).toEqual([]);
  });

  it('gives the same answer on every call, unaffected by what a caller does with it', () => {
    const first = index.similar('docs/c/setup.md');
    first.push('changed by the caller');
    expect(index.similar('docs/c/setup.md')).toEqual(['docs/a/setup.md', 'docs/b/setup.md']);
  });
});
