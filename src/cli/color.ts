/**
 * Whether the report may use colours: `FORCE_COLOR` (set, and not `0` or `false`) forces them on,
 * as in Node.js and chalk; else `NO_COLOR` (set and not empty, https://no-color.org) turns them
 * off; else only a terminal gets them.
 */
export function colorWanted(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR) return false;
  return stream.isTTY === true;
}
