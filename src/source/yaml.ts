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
 * The yaml package's message up to its position ("All mapping items must start at the same
 * column"), or, when that part names text from the file ("Unresolved tag: !foo"), the error code
 * in words ("tag resolve failed").
 */
export function yamlProblem(error: unknown): string {
  if (error instanceof YAMLError) {
    const head = error.message.split(' at line ')[0]!.split('\n')[0]!;
    const words = head.includes(': ') || head.includes('\n') ? error.code.toLowerCase().replace(/_/g, ' ') : head;
    const at = error.linePos?.[0];
    return `not valid YAML (${words}${at ? ` at line ${at.line}, column ${at.col}` : ''})`;
  }
  const message = error instanceof Error ? error.message : '';
  // Thrown while building values: fixed sentences, except an unresolved alias names the alias.
  if (/resource exhaustion/.test(message)) return 'not valid YAML (too many aliases: a resource exhaustion attack?)';
  return 'not valid YAML';
}
