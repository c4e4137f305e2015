/**
 * The first line of a structured YAML page: `### YamlMime:FAQ`. The Learn build (docfx v3
 * `YamlUtility.ReadMime`/`ReadHeader`) takes the first line when it starts with `#`, trims the
 * `#`s and spaces, and reads the mime after a case-insensitive `YamlMime:` prefix.
 */

/** The first line of a text, without its line break. */
export function firstLine(text: string): string {
  return /^[^\r\n]*/.exec(text)![0];
}

/** The mime the Learn build reads from the first line (`FAQ`), or undefined when there is none. */
export function yamlMimeOf(text: string): string | undefined {
  const line = firstLine(text);
  if (!line.startsWith('#')) return undefined;
  const header = line.replace(/^#+/, '').trim();
  if (!/^YamlMime:/i.test(header)) return undefined;
  return header.slice('YamlMime:'.length).trim();
}

/**
 * True when the first line is, or is nearly, a FAQ header (`### YamlMime:FAQ`, `#YamlMime:faq`,
 * `YamlMime: FAQ` without `#`): the file is linted as a structured FAQ and faq-schema reports a
 * header the Learn build would not read as `FAQ`.
 */
export function looksLikeFaqHeader(text: string): boolean {
  // `(?:#+\s*)?` rather than `#*\s*`: two adjacent `\s*` backtrack quadratically on a line of spaces.
  return /^\s*(?:#+\s*)?YamlMime\s*:\s*FAQ\s*$/i.test(firstLine(text));
}
