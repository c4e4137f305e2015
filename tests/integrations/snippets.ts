/** The fenced snippets of docs/integrations.md, by the name after the language (```yaml .pre-commit-config.yaml). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../helpers.js';

export const INTEGRATIONS_DOC = path.join(REPO_ROOT, 'docs', 'integrations.md');

export interface Snippet {
  lang: string;
  code: string;
}

export function snippets(): Map<string, Snippet> {
  const text = readFileSync(INTEGRATIONS_DOC, 'utf8');
  const found = new Map<string, Snippet>();
  for (const match of text.matchAll(/^```(\w+) ([^\n]+)\n([\s\S]*?)^```$/gm)) found.set(match[2]!.trim(), { lang: match[1]!, code: match[3]! });
  return found;
}

/** A snippet that must exist. */
export function snippet(name: string): string {
  const found = snippets().get(name);
  if (!found) throw new Error(`docs/integrations.md has no snippet named '${name}'`);
  return found.code;
}
