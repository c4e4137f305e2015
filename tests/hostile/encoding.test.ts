/** Bytes that are not UTF-8 Markdown, and line endings: one clear finding, positions right. */
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/source/text.js';
import { tempTree } from '../temp.js';
import { BAD_COMMENT, badCommentRow, lintTree, unreadable, writeCoreOnlyConfig } from './hostile-helpers.js';
import { runCli } from '../cli.js';

const DOCFX = { 'docfx.json': '{}' };

describe('undecodable files get one file-unreadable finding and the run goes on', () => {
  it('binary with NUL bytes, invalid UTF-8, UTF-16 with BOM (API)', async () => {
    const root = tempTree({
      ...DOCFX,
      'binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
      'nul.md': Buffer.from('# Title\n\nText\0more\n'),
      'latin1.md': Buffer.from([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]), // "# Café" in Latin-1
      'truncated.md': Buffer.from([0x61, 0xe2, 0x82]), // a cut-off three-byte sequence
      'utf16le.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Title\n', 'utf16le')]),
      'utf16be.md': Buffer.from([0xfe, 0xff, 0x00, 0x23]),
      'good.md': `# Good\n\n${BAD_COMMENT}\n`,
    });
    const { rows, errorCount } = await lintTree(root);
    expect(rows).toEqual([
      unreadable('binary.md', 'File looks binary (NUL byte at offset 8); not a text file'),
      badCommentRow('good.md', 3, 1),
      unreadable('latin1.md', 'File is not valid UTF-8 (first bad byte at offset 5)'),
      unreadable('nul.md', 'File looks binary (NUL byte at offset 13); not a text file'),
      unreadable('truncated.md', 'File is not valid UTF-8 (first bad byte at offset 1)'),
      unreadable('utf16be.md', 'File is UTF-16 encoded; save it as UTF-8'),
      unreadable('utf16le.md', 'File is UTF-16 encoded; save it as UTF-8'),
    ]);
    expect(errorCount).toBe(7);
  });

  it('binary and UTF-16 files through the real CLI: exit 1, findings in JSON, nothing on stderr', () => {
    const root = tempTree({
      ...DOCFX,
      'bin.md': Buffer.from([0x00, 0x01, 0x02]),
      'u16.md': Buffer.from([0xff, 0xfe, 0x23, 0x00]),
      'ok.md': '# OK\n',
    });
    const run = runCli(['--format', 'json', '--config', writeCoreOnlyConfig(root)], root);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {
      filePath: string;
      messages: { ruleId: string; message: string; line: number; column: number }[];
    }[];
    expect(
      report.map((r) => [
        r.filePath.slice(root.length + 1),
        r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`),
      ]),
    ).toEqual([
      ['bin.md', ['1:1 file-unreadable File looks binary (NUL byte at offset 0); not a text file']],
      ['ok.md', []],
      ['u16.md', ['1:1 file-unreadable File is UTF-16 encoded; save it as UTF-8']],
    ]);
  });

  it('an empty file and a file that is only a BOM are fine (exit 0)', async () => {
    const root = tempTree({ ...DOCFX, 'empty.md': '', 'bom.md': Buffer.from([0xef, 0xbb, 0xbf]) });
    expect(await lintTree(root)).toEqual({ rows: [], errorCount: 0, warningCount: 0 });
    expect(runCli(['--config', writeCoreOnlyConfig(root)], root).code).toBe(0);
  });

  it('decodeSource removes and remembers the BOM', () => {
    expect(decodeSource(Buffer.from('\ufeff# T\n'))).toEqual({ ok: true, text: '# T\n', bom: true });
    expect(decodeSource(Buffer.from('# T\n'))).toEqual({ ok: true, text: '# T\n', bom: false });
  });
});

describe('line endings: positions count CRLF, lone CR and LF as one line break each', () => {
  const cases: [string, string, number][] = [
    ['lf.md', `# T\n\nText\n\n${BAD_COMMENT}\n`, 5],
    ['crlf.md', `# T\r\n\r\nText\r\n\r\n${BAD_COMMENT}\r\n`, 5],
    ['cr.md', `# T\r\rText\r\r${BAD_COMMENT}\r`, 5],
    ['mixed.md', `# T\r\n\nText\r\r\n${BAD_COMMENT}\n`, 5],
    ['bom-crlf.md', `\ufeff# T\r\n\r\n${BAD_COMMENT}\r\n`, 3],
  ];
  it.each(cases)('%s', async (name, text, line) => {
    const root = tempTree({ ...DOCFX, [name]: text });
    expect((await lintTree(root)).rows).toEqual([badCommentRow(name, line, 1)]);
  });

  it('columns after a BOM and inside a line count UTF-16 units from the first character', async () => {
    const root = tempTree({ ...DOCFX, 'a.md': `\ufeffé€😀 ${BAD_COMMENT}\r\n` });
    expect((await lintTree(root)).rows).toEqual([badCommentRow('a.md', 1, 6)]);
  });
});
