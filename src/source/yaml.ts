/**
 * YAML files faq-lint reads as data (YAML configs): parsed with aliases bounded and warnings
 * silenced (the yaml package prints them to stderr with the offending source), and any problem
 * said without quoting the file.
 */
import { parse, YAMLError } from 'yaml';

export type Yaml = { ok: true; value: unknown } | { ok: false; reason: string };

/** Aliases a data file may expand: more is an alias bomb (billion laughs), refused. */
export const MAX_YAML_ALIASES = 100;

/** Parse YAML text as data; on failure one sentence with the line and column, never the text. */
export function parseYamlData(text: string): Yaml {
  try {
    return { ok: true, value: parse(text, { maxAliasCount: MAX_YAML_ALIASES, logLevel: 'error' }) as unknown };
  } catch (error) {
    return { ok: false, reason: yamlProblem(error) };
  }
}

/**
 * The words of a YAML problem, never the file's text: the yaml package's message up to its
 * position ("All mapping items must start at the same column"), or, when that part names text
 * from the file ("Unresolved tag: !foo"), the error code in words ("tag resolve failed"). Errors
 * thrown while building values are fixed sentences, but an unresolved alias names the alias.
 */
export function yamlWords(error: unknown): string {
  if (error instanceof YAMLError) {
    const head = error.message.split('\n')[0]!.split(' at line ')[0]!;
    return head.includes(': ') ? error.code.toLowerCase().replace(/_/g, ' ') : head;
  }
  const message = error instanceof Error ? error.message : '';
  return /resource exhaustion/.test(message)
    ? 'too many aliases: a resource exhaustion attack?'
    : 'an alias or value that cannot be built';
}

/** One sentence for a YAML problem, with its line and column when the parser gives them. */
export function yamlProblem(error: unknown): string {
  const at = error instanceof YAMLError ? error.linePos?.[0] : undefined;
  return `not valid YAML (${yamlWords(error)}${at ? ` at line ${at.line}, column ${at.col}` : ''})`;
}
