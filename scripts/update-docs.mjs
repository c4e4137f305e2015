// Regenerates the README's rules table from rule metadata (run `npm run docs` after adding a rule).
import { readFileSync, writeFileSync } from 'node:fs';
import { allRules } from '../dist/rules/index.js';
import { rulesTable, withRulesTable } from '../dist/src/docs/rules-table.js';

const readme = new URL('../README.md', import.meta.url);
const before = readFileSync(readme, 'utf8');
const after = withRulesTable(before, rulesTable(allRules));
if (after !== before) writeFileSync(readme, after);
console.log(after === before ? 'README rules table is current' : 'README rules table updated');
