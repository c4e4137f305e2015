/** A finding's `detail`: facts first, then a "did you mean". */

/** The parts given, joined with '; ' (undefined when none is). */
export function detailOf(...parts: (string | undefined)[]): string | undefined {
  const said = parts.filter((part): part is string => Boolean(part));
  return said.length > 0 ? said.join('; ') : undefined;
}

/** "did you mean 'x'?" (undefined without a suggestion). */
export const meant = (suggestion: string | undefined): string | undefined =>
  suggestion === undefined ? undefined : `did you mean '${suggestion}'?`;
