/** The link resolver: every destination form, classified as the Learn build resolves it. */
import { describe, expect, it } from 'vitest';
import { percentDecode, resolveLink, siteCandidates, splitUrl } from '../../src/docset/resolve-link.js';

const from = 'articles/migrate/faq.md';
const sitePrefixes = { '/azure/': 'articles/' };

describe('resolveLink', () => {
  it('answers for the origin asked, whatever was asked before (answers are remembered per origin)', () => {
    const asked = () => [
      resolveLink('x.md', { from: 'a/page.md' }),
      resolveLink('x.md', { from: 'b/page.md' }),
      resolveLink('/azure/x', { from: 'b/page.md' }),
      resolveLink('/azure/x', { from: 'b/page.md', sitePrefixes }),
    ];
    const expected = [
      { kind: 'file', path: 'a/x.md', fragment: undefined, trailingSlash: false },
      { kind: 'file', path: 'b/x.md', fragment: undefined, trailingSlash: false },
      { kind: 'site', candidates: undefined, fragment: undefined },
      {
        kind: 'site',
        candidates: ['articles/x.md', 'articles/x.yml', 'articles/x/index.md', 'articles/x/index.yml'],
        fragment: undefined,
      },
    ];
    expect(asked()).toEqual(expected);
    expect(asked()).toEqual(expected);
  });

  it.each([
    ['#sla', { kind: 'bookmark', fragment: 'sla' }],
    ['#', { kind: 'bookmark', fragment: '' }],
    ['#%20Spaced%20', { kind: 'bookmark', fragment: 'Spaced' }],
    ['#tab/linux', { kind: 'tab' }],
    ['xref:System.String', { kind: 'xref' }],
    ['XREF:System.String', { kind: 'xref' }],
    ['https://learn.microsoft.com/azure', { kind: 'external', scheme: 'https' }],
    ['mailto:a@b.c', { kind: 'external', scheme: 'mailto' }],
    ['//cdn.example.com/x.js', { kind: 'external', scheme: '' }],
    ['', { kind: 'invalid', reason: 'empty' }],
    ['   ', { kind: 'invalid', reason: 'empty' }],
    ['C:\\docs\\a.md', { kind: 'invalid', reason: 'local-file' }],
    ['c:/docs/a.md', { kind: 'invalid', reason: 'local-file' }],
    ['file:///c:/a.md', { kind: 'invalid', reason: 'local-file' }],
    ['\\\\server\\share\\a.md', { kind: 'invalid', reason: 'local-file' }],
    ['..\\other\\a.md', { kind: 'file', path: 'articles/other/a.md', fragment: undefined, trailingSlash: false }],
    ['..%5Cother%5Ca.md#x', { kind: 'file', path: 'articles/other/a.md', fragment: 'x', trailingSlash: false }],
    ['~\\includes\\x.md', { kind: 'file', path: 'includes/x.md', fragment: undefined, trailingSlash: false }],
    ['a.md', { kind: 'file', path: 'articles/migrate/a.md', fragment: undefined, trailingSlash: false }],
    ['./a.md#Sec', { kind: 'file', path: 'articles/migrate/a.md', fragment: 'Sec', trailingSlash: false }],
    ['a.md#', { kind: 'file', path: 'articles/migrate/a.md', fragment: '', trailingSlash: false }],
    ['a.md?tabs=x#y', { kind: 'file', path: 'articles/migrate/a.md', fragment: 'y', trailingSlash: false }],
    ['a.md#x#y', { kind: 'file', path: 'articles/migrate/a.md', fragment: 'x#y', trailingSlash: false }],
    [
      '  my%20file.md  ',
      { kind: 'file', path: 'articles/migrate/my file.md', fragment: undefined, trailingSlash: false },
    ],
    ['my file.md', { kind: 'file', path: 'articles/migrate/my file.md', fragment: undefined, trailingSlash: false }],
    ['%7Ebad%ZZ.md', { kind: 'file', path: 'articles/migrate/~bad%ZZ.md', fragment: undefined, trailingSlash: false }],
    [
      '../site-recovery/overview.md',
      { kind: 'file', path: 'articles/site-recovery/overview.md', fragment: undefined, trailingSlash: false },
    ],
    ['~/includes/x.md', { kind: 'file', path: 'includes/x.md', fragment: undefined, trailingSlash: false }],
    ['a.md/', { kind: 'file', path: 'articles/migrate/a.md', fragment: undefined, trailingSlash: true }],
    ['media/', { kind: 'file', path: 'articles/migrate/media', fragment: undefined, trailingSlash: true }],
    ['?tabs=cli#x', { kind: 'file', path: from, fragment: 'x', trailingSlash: false }],
    ['../../../outside.md', { kind: 'outside', path: '../outside.md' }],
    ['~/../x.md', { kind: 'outside', path: '../x.md' }],
    ['/windows/whatever', { kind: 'site', candidates: undefined, fragment: undefined }],
    [
      '/azure/migrate/overview#top',
      {
        kind: 'site',
        candidates: [
          'articles/migrate/overview.md',
          'articles/migrate/overview.yml',
          'articles/migrate/overview/index.md',
          'articles/migrate/overview/index.yml',
        ],
        fragment: 'top',
      },
    ],
  ])('%j', (url, expected) => {
    expect(resolveLink(url, { from, sitePrefixes })).toEqual(expected);
  });
});

describe('siteCandidates', () => {
  it.each([
    ['/azure/migrate/', ['articles/migrate/index.md', 'articles/migrate/index.yml']],
    ['/azure', ['articles/index.md', 'articles/index.yml']],
    [
      '/en-us/azure/migrate/x',
      [
        'articles/migrate/x.md',
        'articles/migrate/x.yml',
        'articles/migrate/x/index.md',
        'articles/migrate/x/index.yml',
      ],
    ],
    ['/Azure/migrate/x.md', ['articles/migrate/x.md']],
    ['/azure/../../x', []],
    ['/azurex/y', undefined],
  ])('%j', (sitePath, expected) => {
    expect(siteCandidates(sitePath, sitePrefixes)).toEqual(expected);
  });

  it('prefers the longest prefix', () => {
    expect(
      siteCandidates('/azure/migrate/x.md', { '/azure/': 'articles/', '/azure/migrate/': 'migrate-docs' }),
    ).toEqual(['migrate-docs/x.md']);
  });
});

describe('splitUrl and percentDecode', () => {
  it('splits at the first # and the first ? before it', () => {
    expect(splitUrl('a.md?x=1#b?c#d')).toEqual({ path: 'a.md', query: 'x=1', fragment: 'b?c#d' });
  });
  it('decodes what decodes and keeps malformed escapes', () => {
    expect(percentDecode('a%20b%E2%82%AC%G1%')).toBe('a b€%G1%');
  });
});
