/**
 * Changed mode's git reads: every version through one `git cat-file --batch` process per
 * repository (src/git/blob-reader.ts), on real git repositories in temp folders.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitBase } from '../../src/engine/git-base.js';
import { GitBlobReader } from '../../src/git/blob-reader.js';
import { fileAtRef, fileInIndex } from '../../src/git/git.js';
import { MAX_FILE_BYTES } from '../../src/source/read.js';
import { REPO_ROOT } from '../helpers.js';
import { git, tempTree } from '../temp.js';

const posix = process.platform !== 'win32';

/** A repository with one commit, then a.md changed and staged, and b.md changed but not staged. */
function repository(): { root: string; head: string } {
  const root = tempTree({
    'a.md': '# A at HEAD\n',
    'b.md': '# B at HEAD\n',
    'folder/c.md': '\uFEFF# C with a BOM\n',
    'binary.md': Buffer.from([0x23, 0x00, 0x01]),
    '1:odd.md': '# A name that looks like a stage number\n',
  });
  git(root, 'init', '-q');
  git(root, 'add', '.');
  git(root, 'commit', '-qm', 'base');
  writeFileSync(path.join(root, 'a.md'), '# A staged\n');
  git(root, 'add', 'a.md');
  writeFileSync(path.join(root, 'b.md'), '# B in the working tree\n');
  return { root, head: git(root, 'rev-parse', 'HEAD').trim() };
}

describe('GitBlobReader (git cat-file --batch)', () => {
  it('reads versions at a commit and in the index as git show does, many at once, each in its place', async () => {
    const { root, head } = repository();
    const blobs = new GitBlobReader();
    const at = (file: string) => path.join(root, file);
    const files = ['a.md', 'b.md', 'folder/c.md', 'binary.md', '1:odd.md', 'new.md', 'folder'];
    const [atHead, inIndex] = await Promise.all([
      Promise.all(files.map((f) => blobs.fileAtRef(root, head, at(f)))),
      Promise.all(files.map((f) => blobs.fileInIndex(root, at(f)))),
    ]);
    blobs.close();
    const text = (body: string, bom = false) => ({ ok: true, text: body, bom });
    const binary = { ok: false, reason: 'File looks binary (NUL byte at offset 1); not a text file' };
    const odd = text('# A name that looks like a stage number\n');
    // Only a.md differs between HEAD and the index; a new file and a folder are no version of a file.
    const rest = [text('# B at HEAD\n'), text('# C with a BOM\n', true), binary, odd, undefined, undefined];
    expect(atHead).toEqual([text('# A at HEAD\n'), ...rest]);
    expect(inIndex).toEqual([text('# A staged\n'), ...rest]);
    // The same answers as one `git show` per version (files only: it lists a folder).
    for (const [i, file] of files.slice(0, 6).entries()) {
      expect(await fileAtRef(root, head, at(file))).toEqual(atHead[i]);
      if (file !== '1:odd.md') expect(await fileInIndex(root, at(file))).toEqual(inIndex[i]);
    }
  });

  it('refuses a version over the size cap, and keeps answering after it', async () => {
    const { root, head } = repository();
    writeFileSync(path.join(root, 'big.md'), 'x'.repeat(MAX_FILE_BYTES + 1));
    git(root, 'add', 'big.md');
    const blobs = new GitBlobReader();
    expect(await blobs.fileInIndex(root, path.join(root, 'big.md'))).toEqual({
      ok: false,
      reason: 'File is over the 4 MB limit',
    });
    expect(await blobs.fileAtRef(root, head, path.join(root, 'a.md'))).toEqual({
      ok: true,
      text: '# A at HEAD\n',
      bom: false,
    });
    blobs.close();
  });

  it.runIf(posix)(
    'reads a file whose name has a newline (which the batch cannot ask for) through git show',
    async () => {
      const root = tempTree({ 'line\nbreak.md': '# Two lines in the name\n' });
      git(root, 'init', '-q');
      git(root, 'add', '.');
      git(root, 'commit', '-qm', 'base');
      const blobs = new GitBlobReader();
      expect(await blobs.fileInIndex(root, path.join(root, 'line\nbreak.md'))).toEqual({
        ok: true,
        text: '# Two lines in the name\n',
        bom: false,
      });
      blobs.close();
    },
  );

  it('does not keep the process alive when the run ends without closing it', () => {
    const { root, head } = repository();
    const script = `
      import { GitBlobReader } from ${JSON.stringify(path.join(REPO_ROOT, 'dist/src/git/blob-reader.js'))};
      const blobs = new GitBlobReader();
      const version = await blobs.fileAtRef(${JSON.stringify(root)}, ${JSON.stringify(head)}, ${JSON.stringify(path.join(root, 'a.md'))});
      console.log(version.text.trim());
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(out).toBe('# A at HEAD\n');
  });
});

describe('GitBase: the versions to lint and compare, per repository', () => {
  it('takes the repository selection found for its files, and asks git for a nested repository', async () => {
    const { root, head } = repository();
    const nested = path.join(root, 'folder', 'nested');
    mkdirSync(nested);
    writeFileSync(path.join(nested, 'n.md'), '# N at the nested HEAD\n');
    git(nested, 'init', '-q');
    git(nested, 'add', '.');
    git(nested, 'commit', '-qm', 'nested');
    writeFileSync(path.join(nested, 'n.md'), '# N changed\n');
    const blobs = new GitBlobReader();
    const base = new GitBase('HEAD', blobs, { root, base: head });
    expect((await base.versions(path.join(root, 'b.md'), 'now')).previousText).toBe('# B at HEAD\n');
    expect((await base.versions(path.join(root, 'folder/c.md'), 'now')).previousText).toBe('# C with a BOM\n');
    expect((await base.versions(path.join(nested, 'n.md'), 'now')).previousText).toBe('# N at the nested HEAD\n');
    blobs.close();
  });
});
