import { cpSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover, lint } from '../../src/engine/lint.js';
import { TEST_NOW } from '../helpers.js';
import { tempTree } from '../temp.js';
import { corpusFolder } from './corpus.js';
import { randomEdit, seededRandom } from './edits.js';

const corpus = corpusFolder('azure-management-docs');
if (!corpus) console.log('Skipping the corpus cache test: ../shared/corpus/azure-management-docs is not here.');

describe('the cache on a real docset', () => {
  it.skipIf(!corpus)(
    'gives the findings of an uncached run after random edits (needs ../shared corpus)',
    { timeout: 900_000 },
    async () => {
      const cwd = tempTree({});
      cpSync(corpus!, cwd, { recursive: true });
      const options = { cwd, noConfig: true, now: TEST_NOW };
      const first = await lint({ ...options, cache: true });
      expect(first).toEqual(await lint(options));
      const random = seededRandom(2026);
      const files = (await discover(['.'], cwd)).filter((file) => file.endsWith('.md'));
      for (let i = 0; i < 25; i++) randomEdit(files[Math.floor(random() * files.length)]!, random);
      const cached = await lint({ ...options, cache: true });
      const uncached = await lint(options);
      expect(cached).toEqual(uncached);
      expect(cached).not.toEqual(first);
      expect(path.relative(cwd, cached.results[0]!.filePath)).not.toMatch(/^\.\./);
    },
  );
});
