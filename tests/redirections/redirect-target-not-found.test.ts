/** redirect-target-not-found on fixtures/redirection-files. */
import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers.js';

describe('redirect-target-not-found', () => {
  it('reports a relative redirect_url to a page that does not exist; site paths without a configured prefix, other sites, and excluded sources are not judged', async () => {
    expect(await lintFixture('redirection-files', { onlyRules: ['redirect-target-not-found'] })).toEqual([
      {
        file: '.openpublishing.redirection.json',
        line: 9,
        column: 58,
        ruleId: 'redirect-target-not-found',
        message: "Redirect target 'missing-target' does not exist",
      },
    ]);
  });
});

describe('redirect-target-not-found, where the target cannot be known', () => {
  it('is silent without the docset docfx.json and for a target above the content folder', async () => {
    const { lint } = await import('../../src/engine/lint.js');
    const { tempTree } = await import('../temp.js');
    const { TEST_NOW } = await import('../helpers.js');
    const entries =
      '{ "redirections": [ { "source_path": "docs/a/old.md", "redirect_url": "../../cpp/a/new" }, { "source_path": "docs/b.md", "redirect_url": "../other/page" } ] }\n';
    const publish = '{ "docsets_to_publish": [{ "docset_name": "x", "build_source_folder": "docs" }] }\n';
    const root = tempTree({
      '.openpublishing.publish.config.json': publish,
      '.openpublishing.redirection.json': entries,
      'docs/docfx.json': '{ "build": { "content": [{ "files": ["**/*.md"] }] } }\n',
      'docs/a/new.md': '# New\n',
    });
    const result = await lint({
      noConfig: true,
      now: TEST_NOW,
      cwd: root,
      patterns: ['.openpublishing.redirection.json'],
    });
    expect(result.results.flatMap((r) => r.findings).filter((f) => f.ruleId === 'redirect-target-not-found')).toEqual(
      [],
    );
    const inside = tempTree({
      'docfx.json': '{ "build": { "content": [{ "files": ["**/*.md"], "src": "articles" }] } }\n',
      '.openpublishing.publish.config.json': publish.replace('docs', '.'),
      '.openpublishing.redirection.json':
        '{ "redirections": [ { "source_path": "articles/b.md", "redirect_url": "../other/page" } ] }\n',
    });
    const second = await lint({ noConfig: true, now: TEST_NOW, cwd: inside });
    expect(second.results.flatMap((r) => r.findings).filter((f) => f.ruleId === 'redirect-target-not-found')).toEqual(
      [],
    );
  });
});
