/**
 * The fenced code blocks of README.md and docs/*.md. A block a user would copy is named after its
 * language (```yaml .pre-commit-config.yaml); tests fetch it by that name with `snippet(name)`,
 * and tests/docs-code-blocks.test.ts checks that every such block is one some test fetches.
 * A block in ```text shows syntax or output, not something to copy.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../helpers.js';

export const INTEGRATIONS_DOC = path.join(REPO_ROOT, 'docs', 'integrations.md');

/** The documents whose code blocks are tested. */
export const DOCUMENTS = [
  path.join(REPO_ROOT, 'README.md'),
  ...readdirSync(path.join(REPO_ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => path.join(REPO_ROOT, 'docs', f)),
];

export interface Snippet {
  lang: string;
  /** The name after the language; undefined for an unnamed block. */
  name: string | undefined;
  code: string;
  /** The document, relative to the repository. */
  file: string;
}

/** Every fenced block of one document, in order. */
export function blocksOf(file: string): Snippet[] {
  const text = readFileSync(file, 'utf8');
  // A block may be indented (inside a list item): its lines lose that indentation.
  return [...text.matchAll(/^( *)```(\w*)(?: ([^\n]+))?\n([\s\S]*?)^\1```$/gm)].map((m) => ({
    lang: m[2]!,
    name: m[3]?.trim(),
    code: m[4]!
      .split('\n')
      .map((line) => line.slice(m[1]!.length))
      .join('\n'),
    file: path.relative(REPO_ROOT, file),
  }));
}

/** Named blocks by name, from one document or all of them. A name used twice must name the same text. */
export function snippets(file?: string): Map<string, Snippet> {
  const found = new Map<string, Snippet>();
  for (const block of (file ? [file] : DOCUMENTS).flatMap(blocksOf)) {
    if (!block.name) continue;
    const earlier = found.get(block.name);
    if (earlier && (earlier.code !== block.code || earlier.lang !== block.lang))
      throw new Error(`snippet '${block.name}' differs between ${earlier.file} and ${block.file}`);
    if (!earlier) found.set(block.name, block);
  }
  return found;
}

/** A snippet that must exist: its code. */
export function snippet(name: string): string {
  const found = snippets().get(name);
  if (!found) throw new Error(`no code block named '${name}' in README.md or docs/*.md`);
  return found.code;
}
