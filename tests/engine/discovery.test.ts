import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover, lint } from '../../src/engine/lint.js';
import { git, tempTree } from '../temp.js';

const rel = (root: string, files: string[]): string[] => files.map((f) => path.relative(root, f).split(path.sep).join('/'));

describe('file discovery', () => {
  it('expands folders to Markdown (and .yml candidates), honouring .gitignore', async () => {
    const root = tempTree({
      '.gitignore': 'drafts/\nskip-me.md\n',
      'a.md': '# a',
      'sub/b.md': '# b',
      'sub/notes.txt': 'x',
      'sub/faq.yml': '### YamlMime:FAQ\n',
      'drafts/c.md': '# c',
      'skip-me.md': '# s',
      'node_modules/pkg/readme.md': '# n',
    });
    git(root, 'init', '-q');
    expect(rel(root, await discover(['.'], root))).toEqual(['a.md', 'sub/b.md', 'sub/faq.yml']);
  });

  it('takes globs and explicit files', async () => {
    const root = tempTree({ 'a.md': '# a', 'sub/b.md': '# b', 'sub/c.md': '# c' });
    expect(rel(root, await discover(['sub/*.md'], root))).toEqual(['sub/b.md', 'sub/c.md']);
    expect(rel(root, await discover(['a.md', 'sub/c.md'], root))).toEqual(['a.md', 'sub/c.md']);
  });

  it("skips the files a config's ignores match", async () => {
    const root = tempTree({ '.faqlintrc.json': JSON.stringify({ ignores: ['archive/**'] }), 'a.md': '# a', 'archive/old.md': '\u0000' });
    const result = await lint({ cwd: root, patterns: ['.'] });
    expect(rel(root, result.results.map((r) => r.filePath))).toEqual(['a.md']);
  });
});
