// Test preload (node --import): the process sends itself SIGTERM just before the first rename of
// a `.faq-lint-*.tmp` file over the file being fixed, the worst moment for an interruption.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const rename = fs.renameSync;
let sent = false;
fs.renameSync = (from, to) => {
  if (!sent && String(from).includes('.faq-lint-')) {
    sent = true;
    process.kill(process.pid, 'SIGTERM');
  }
  return rename(from, to);
};
syncBuiltinESMExports();
