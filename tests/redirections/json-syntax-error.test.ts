/**
 * json-syntax-error, on a docset written to a temp folder: a broken redirection file committed
 * under fixtures/ would be read (and noted) by every fixture docset of this repository.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { tempTree } from '../temp.js';
import { TEST_NOW } from '../helpers.js';

const rows = async (root: string): Promise<[string, number, number, string][]> => {
  const result = await lint({ noConfig: true, now: TEST_NOW, cwd: root });
  return result.results.flatMap((file) =>
    file.findings
      .filter((f) => f.ruleId === 'json-syntax-error')
      .map((f): [string, number, number, string] => [path.relative(root, file.filePath), f.line, f.column, f.message]),
  );
};

describe('json-syntax-error', () => {
  it('reports the first syntax error of a redirection file, and accepts comments and trailing commas', async () => {
    const root = tempTree({
      'docfx.json': '{ "build": { "content": [{ "files": ["**/*.md"], "src": "articles" }] } }\n',
      '.openpublishing.publish.config.json':
        '{ "docsets_to_publish": [{ "docset_name": "x", "build_source_folder": "." }] }\n',
      'articles/.openpublishing.redirection.broken.json':
        '{ "redirections": [ { "source_path": "x.md" "redirect_url": "y" }, { ] }\n',
      '.openpublishing.redirection.json':
        '{\n  // a comment\n  "redirections": [ { "source_path": "articles/x.md", "redirect_url": "/azure/y" }, ],\n}\n',
    });
    expect(await rows(root)).toEqual([
      ['articles/.openpublishing.redirection.broken.json', 1, 45, "JSON syntax error: expected ','"],
    ]);
  });
});
