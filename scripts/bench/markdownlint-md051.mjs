// markdownlint-cli2 with only MD051 (link fragments), on exactly the files faq-lint lints.
// `optionsOverride` wins over any .markdownlint* file in the corpus, so only MD051 runs.
// Usage: node markdownlint-md051.mjs <corpus> <file-list.json>
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from 'markdownlint-cli2';

const [directory, list] = process.argv.slice(2);
const files = JSON.parse(readFileSync(list, 'utf8')).filter((file) => file.endsWith('.md'));
let findings = 0;
await main({
  directory,
  argv: files.map((file) => `:${path.relative(directory, file)}`),
  optionsOverride: { config: { default: false, MD051: true } },
  logMessage: (line) => {
    const summary = /^Summary: (\d+) error/.exec(line);
    if (summary) findings = Number(summary[1]);
  },
  logError: () => {},
});
console.log(JSON.stringify({ findings }));
