// Every file under a folder (sorted per folder, `.git` and `node_modules` skipped), for the
// bench scripts that summarise a corpus in one thread.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Absolute paths of the files under `folder` that `keep` accepts (by name). */
export function filesUnder(folder, keep = () => true) {
  const found = [];
  const stack = [folder];
  while (stack.length > 0) {
    const dir = stack.pop();
    for (const entry of readdirSync(dir).sort()) {
      if (entry === '.git' || entry === 'node_modules') continue;
      const file = path.join(dir, entry);
      if (statSync(file).isDirectory()) stack.push(file);
      else if (keep(entry)) found.push(file);
    }
  }
  return found;
}
