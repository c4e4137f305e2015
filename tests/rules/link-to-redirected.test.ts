/** link-to-redirected: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { bodyLine, page, testRule } from './rule-tester.js';

const REDIRECTIONS = JSON.stringify({
  redirections: [{ source_path: 'old.md', redirect_url: '/docs/new', redirect_document_id: false }],
});

testRule('link-to-redirected', {
  valid: [
    {
      name: 'a link to the new page',
      files: { '.openpublishing.redirection.json': REDIRECTIONS, 'new.md': page('# New\n') },
      body: '# Title\n\n[New](new.md)\n',
    },
  ],
  invalid: [
    {
      name: 'a link to a redirected page',
      files: { '.openpublishing.redirection.json': REDIRECTIONS, 'new.md': page('# New\n') },
      body: '# Title\n\n[Old](old.md)\n',
      errors: [{ messageId: 'redirected', line: bodyLine(3), column: 1 }],
    },
  ],
});
