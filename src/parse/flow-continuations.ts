/**
 * A leniency the Learn build has and the `yaml` package lacks: a flow collection (`[...]`,
 * `{...}`) continued on a line that starts at column 1, as in
 *
 *     helpviewer_keywords: ["a", "b",
 *     "c"]
 *
 * YamlDotNet accepts it (such pages publish); strict YAML 1.2 calls it bad indentation. To read
 * such front matter as the build does, indent those continuation lines by one space and map
 * offsets in the indented text back to the original.
 */

export interface IndentedSource {
  text: string;
  /** Offset in `text` -> offset in the original source. */
  toOriginal(this: void, offset: number): number;
}

/**
 * Indent every line that starts inside an open flow collection at column 1; undefined when
 * there is none. One linear scan, aware of quoted scalars and comments.
 */
export function indentFlowContinuations(source: string): IndentedSource | undefined {
  const inserted: number[] = []; // offsets in the original where a space goes
  let depth = 0;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '\n') {
      const next = source[i + 1];
      if (depth > 0 && next !== undefined && next !== ' ' && next !== '\t' && next !== '\n' && next !== '\r')
        inserted.push(i + 1);
    } else if (c === '"' || c === "'") {
      // A quote opens a quoted scalar only where a scalar can start, not inside a plain word.
      const before = source[i - 1];
      if (before === undefined || /[\s[{,:]/.test(before)) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(source[i - 1]!))) {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end - 1;
    } else if (c === '[' || c === '{') depth++;
    else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  if (inserted.length === 0) return undefined;
  let text = '';
  let last = 0;
  for (const at of inserted) {
    text += `${source.slice(last, at)} `;
    last = at;
  }
  text += source.slice(last);
  // In `text`, the k-th inserted space stands at inserted[k] + k.
  const toOriginal = (offset: number): number => {
    let k = 0;
    while (k < inserted.length && inserted[k]! + k < offset) k++;
    return offset - k;
  };
  return { text, toOriginal };
}
