/**
 * The seed article (azure-docs `articles/migrate/resources-faq.md`, ms.date 04/15/2020), copied at
 * test time into a temporary docset shaped like azure-docs: some link targets present, one
 * missing (how-to-delete-project.md), one target's heading renamed (the Azure Government
 * geographies section of migrate-support-matrix.md). The text stays in ../shared: it is read,
 * never copied into the repository. The same behaviours are pinned by fixtures/links-files and
 * fixtures/links-bookmarks.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { REPO_ROOT, TEST_NOW } from '../helpers.js';

const SEED = path.resolve(REPO_ROOT, '../shared/seed/azure-migrate-faq.md');
const LINK_RULES = new Set([
  'file-not-found',
  'bookmark-not-found',
  'include-not-found',
  'include-invalid',
  'hard-coded-locale',
  'docs-link-absolute',
  'link-insecure',
  'link-syntax',
]);
const present = existsSync(SEED);
if (!present)
  console.log(`seed test skipped: ${SEED} is absent (it is in ../shared, beside a clone of this repository)`);

/** Files of the temporary docset other than the seed: link targets, written by us. */
const TARGETS: Record<string, string> = {
  'docfx.json': '{}\n',
  'articles/migrate/common-questions-appliance.md': '# Appliance questions\n',
  'articles/migrate/common-questions-discovery-assessment.md': '# Discovery and assessment questions\n',
  'articles/migrate/migrate-services-overview.md': '# About Azure Migrate\n',
  'articles/site-recovery/site-recovery-overview.md': '# About Site Recovery\n',
  // The Azure Government section was renamed: its id is now supported-geography-azure-government.
  'articles/migrate/migrate-support-matrix.md':
    '# Support matrix\n\n## Supported geographies (public cloud)\n\n## Supported geography (Azure Government)\n',
  // how-to-delete-project.md is missing on purpose.
};

describe.skipIf(!present)('seed article in an azure-docs-shaped docset (needs ../shared seed)', () => {
  let root = '';
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('reports the missing page and the renamed heading, and nothing else', async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'faq-lint-seed-'));
    for (const [file, text] of Object.entries(TARGETS)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    copyFileSync(SEED, path.join(root, 'articles/migrate/resources-faq.md'));
    const result = await lint({
      cwd: root,
      patterns: ['articles/migrate/resources-faq.md'],
      noConfig: true,
      now: TEST_NOW,
    });
    const rows = result.results.flatMap((r) =>
      r.findings.filter((f) => LINK_RULES.has(f.ruleId)).map((f) => [r.path, f.line, f.column, f.ruleId, f.message]),
    );
    expect(rows).toEqual([
      [
        'articles/migrate/resources-faq.md',
        51,
        113,
        'bookmark-not-found',
        "Cannot find bookmark '#supported-geographies-azure-government'",
      ],
      ['articles/migrate/resources-faq.md', 66, 14, 'file-not-found', "Cannot find file 'how-to-delete-project.md'"],
    ]);
  });
});
