import { describe, expect, it } from 'vitest';
import { lintFixture } from './helpers.js';

// The quick start lints this docset: it must show one finding of each kind, and nothing else.
describe('the bundled sample docset', () => {
  it('has exactly the deliberate mistakes', async () => {
    expect(await lintFixture('sample-docset')).toEqual([
      { file: 'articles/widgets/broken-encoding.md', line: 1, column: 1, ruleId: 'file-unreadable', message: 'File looks binary (NUL byte at offset 8); not a text file' },
    ]);
  });
});
