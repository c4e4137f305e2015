import { describe, expect, it } from 'vitest';
import picomatch from 'picomatch';
import {
  docfxGlob,
  docfxMetadataOf,
  fileMetadataMatcher,
  inBuildScope,
  inheritedMetadata,
} from '../../src/docset/docfx-metadata.js';

describe('docfx.json metadata and build scope', () => {
  it('reads docfx ** inside a segment as any depth', () => {
    expect(docfxGlob('assembler/**.md')).toBe('assembler/**/*.md');
    expect(docfxGlob('articles/**/*.md')).toBe('articles/**/*.md');
    expect(docfxGlob('includes/**')).toBe('includes/**');
  });

  it('a fileMetadata glob matches exactly the paths picomatch matches case-insensitively (the folder pre-check changes no answer)', () => {
    const globs = ['atl/**.md', 'ATL/**/*.md', '**/*.md', 'docs/index.md', './atl/**', '.github/**', 'a/b*/c/**'];
    const more = ['{atl,mfc}/**', '!atl/**', 'a\\*b/**', 'atl/*.md', 'at/**', 'atl'];
    const paths = ['atl/x.md', 'Atl/Sub/y.MD', 'atlas/x.md', 'at/x.md', 'docs/index.md', 'DOCS/INDEX.md', 'mfc/a.md'];
    const others = ['.github/x.md', 'a/bc/c/d.md', 'a*b/x.md', 'atl', 'x.md', 'atl/.hidden/z.md'];
    for (const glob of [...globs, ...more]) {
      const reference = picomatch(docfxGlob(glob), { nocase: true, dot: true });
      const match = fileMetadataMatcher(glob);
      for (const path of [...paths, ...others])
        expect([glob, path, match(path)]).toEqual([glob, path, reference(path)]);
    }
  });

  it('merges globalMetadata then matching fileMetadata, the last match winning', () => {
    const metadata = docfxMetadataOf({
      build: {
        globalMetadata: { author: 'a', 'ms.topic': 'article' },
        fileMetadata: { 'ms.topic': { '**.md': 'overview', 'ref/**.md': 'reference' } },
      },
    });
    expect(inheritedMetadata(metadata, 'ref/deep/x.md')).toEqual({ author: 'a', 'ms.topic': 'reference' });
    expect(inheritedMetadata(metadata, 'guide.md')).toEqual({ author: 'a', 'ms.topic': 'overview' });
    expect(inheritedMetadata(docfxMetadataOf('not an object'), 'x.md')).toEqual({});
  });

  it('builds files under a content group src, minus exclude; everything when no content is declared', () => {
    const metadata = docfxMetadataOf({
      build: { content: [{ files: ['**/*.md'], exclude: ['**/includes/**'], src: 'articles' }] },
    });
    expect(inBuildScope(metadata, 'articles/a/b.md')).toBe(true);
    expect(inBuildScope(metadata, 'articles/a/includes/b.md')).toBe(false);
    expect(inBuildScope(metadata, 'README.md')).toBe(false);
    expect(inBuildScope(docfxMetadataOf({}), 'README.md')).toBe(true);
  });
});
