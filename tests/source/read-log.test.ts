/** The read log and the stamps of the run cache (`src/source/read-log.ts`). */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestSource, ReadLog } from '../../src/source/read-log.js';
import { digestFile, readSource } from '../../src/source/text.js';
import { tempTree } from '../temp.js';

describe('digestFile', () => {
  it('gives what digesting the decoded text gives, for every kind of file', () => {
    const root = tempTree({
      'plain.md': '# Plain\n\nCafé, 日本語, emoji 🎉.\n',
      'bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# With a BOM\n')]),
      'utf16.md': Buffer.from([0xff, 0xfe, 0x23, 0x00]),
      'nul.md': Buffer.from('# A\u0000B\n'),
      'latin1.md': Buffer.from([0x23, 0x20, 0xe9, 0x0a]),
      'empty.md': '',
      'folder/x.md': '# X\n',
    });
    const names = ['plain.md', 'bom.md', 'utf16.md', 'nul.md', 'latin1.md', 'empty.md', 'folder', 'missing.md'];
    const digests = names.map((name) => digestFile(path.join(root, name), { root }));
    expect(digests).toEqual(names.map((name) => digestSource(readSource(path.join(root, name), { root }))));
    // Each differs from the others, and the BOM counts.
    expect(new Set(digests.map((d) => d.digest)).size).toBe(names.length);
    expect(digests[1]!.hash).toBe(digestSource({ ok: true, text: '# With a BOM\n', bom: false }).hash);
    expect(digests[1]!.digest).not.toBe(digestSource({ ok: true, text: '# With a BOM\n', bom: false }).digest);
  });
});

describe('ReadLog', () => {
  it('logs the reads made while started, once each, not the unlogged ones, and not after it stops', () => {
    const root = tempTree({ 'a.md': 'A\n', 'b.md': 'B\n', 'c.md': 'C\n' });
    const log = new ReadLog().start();
    readSource(path.join(root, 'a.md'), { root });
    readSource(path.join(root, 'a.md'), { root });
    readSource(path.join(root, 'missing.md'));
    readSource(path.join(root, 'b.md'), { root, unlogged: true });
    log.stop();
    readSource(path.join(root, 'c.md'), { root });
    expect(log.entries()).toEqual([
      { file: path.join(root, 'a.md'), root, digest: digestSource({ ok: true, text: 'A\n', bom: false }).digest },
      { file: path.join(root, 'missing.md'), digest: expect.stringMatching(/^!/) },
    ]);
    expect(log.stable).toBe(true);
  });

  it('is not stable when a file read twice changed in between', () => {
    const root = tempTree({ 'a.md': 'A\n' });
    const log = new ReadLog().start();
    readSource(path.join(root, 'a.md'), { root });
    writeFileSync(path.join(root, 'a.md'), 'A changed\n');
    readSource(path.join(root, 'a.md'), { root });
    log.stop();
    expect(log.stable).toBe(false);
  });
});
