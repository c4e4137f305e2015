/** Every rule has its tester file, tests/rules/<id>.test.ts (see rule-tester.ts), and no file tests a rule that is gone. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { REPO_ROOT } from '../helpers.js';

describe('rule tester files', () => {
  it('one per rule, named after its id', () => {
    const files = readdirSync(path.join(REPO_ROOT, 'tests', 'rules'))
      .filter((name) => name.endsWith('.test.ts') && name !== 'every-rule.test.ts')
      .map((name) => name.slice(0, -'.test.ts'.length))
      .sort();
    expect(files).toEqual(allRules.map((rule) => rule.meta.id).sort());
  });
});
