/** ms-date-not-updated: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { testRule } from './rule-tester.js';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { git } from '../temp.js';

const ARTICLE = `---
title: Configure the widget service
description: Learn how to configure the widget service for your subscription, with an example for each supported region.
ms.date: 11/02/2026
ms.topic: how-to
author: octocat
ms.author: octo
---

# Configure the widget service

Some text.
`;

/** A git repository whose HEAD has ARTICLE as page.md. */
function committed(root: string): void {
  git(root, 'init', '-q');
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', 'base');
}

testRule('ms-date-not-updated', {
  valid: [
    {
      name: 'unchanged since HEAD',
      files: { 'page.md': ARTICLE },
      setup: committed,
      options: { changedSince: 'HEAD' },
    },
    {
      name: 'the body and ms.date changed',
      files: { 'page.md': ARTICLE },
      setup: (root) => {
        committed(root);
        writeFileSync(
          path.join(root, 'page.md'),
          ARTICLE.replace('Some text.', 'New text.').replace('11/02/2026', '11/26/2026'),
        );
      },
      options: { changedSince: 'HEAD' },
    },
  ],
  invalid: [
    {
      name: 'the body changed, ms.date did not',
      files: { 'page.md': ARTICLE },
      setup: (root) => {
        committed(root);
        writeFileSync(path.join(root, 'page.md'), ARTICLE.replace('Some text.', 'New text.'));
      },
      options: { changedSince: 'HEAD' },
      errors: [{ messageId: 'notUpdated', line: 4, column: 10 }],
    },
  ],
  examples: { base: ARTICLE },
});
