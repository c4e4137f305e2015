import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import faqLint from '../../src/remark.js';
import { tempTree } from '../temp.js';

describe('faq-lint as a remark plugin', () => {
  it('reports through vfile messages and leaves the tree unchanged', async () => {
    const root = tempTree({ 'docfx.json': '{}' });
    const text = '# Title\n\n<!-- faq-lint-disable-next-line no-such-rule -->\n[!INCLUDE [x](inc.md)]\n';
    const file = new VFile({ path: path.join(root, 'a.md'), value: text, cwd: root });
    const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(faqLint, { now: '2026-11-26' });
    const tree = processor.parse(file);
    const before = JSON.stringify(tree);
    await processor.run(tree, file);
    expect(JSON.stringify(tree)).toBe(before);
    const inline = file.messages.filter((m) => m.ruleId === 'inline-config-invalid');
    expect(inline.map((m) => [m.ruleId, m.line, m.column, m.reason, m.fatal, m.source])).toEqual([
      ['inline-config-invalid', 3, 1, "Unknown rule 'no-such-rule' in faq-lint-disable-next-line", true, 'faq-lint'],
    ]);
  });
});
