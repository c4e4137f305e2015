/** `front-matter-missing`: a Markdown page with no YAML front matter at its very top. */
import { defineRule } from '../define.js';
import { FILE_START, LineIndex } from '../../src/parse/positions.js';
import { isIncludeFile } from './shared/metadata.js';

/** How far down a misplaced front matter block is looked for. */
const LOOKAHEAD_LINES = 50;

/**
 * Offset of a `---` line that is preceded only by blank lines or one-line HTML comments and is
 * not on line 1: front matter the writer meant, which Markdown reads as a thematic break.
 */
export function displacedFrontMatterOffset(text: string): number | undefined {
  const pattern = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  for (let i = 0; i < LOOKAHEAD_LINES && pattern.lastIndex < text.length; i++) {
    const start = pattern.lastIndex;
    const line = pattern.exec(text)![0].trim();
    if (line === '' || /^<!--.*-->$/.test(line)) continue;
    return line === '---' && start > 0 ? start + text.slice(start).indexOf('-') : undefined;
  }
  return undefined;
}

export const frontMatterMissing = defineRule({
  meta: {
    id: 'front-matter-missing',
    family: 'metadata',
    description: 'A Markdown page does not start with a YAML front matter block',
    severity: 'error',
  },
  check(ctx) {
    // Structured FAQ (.yml) files carry metadata in `metadata:`; include files need none.
    if (ctx.summary.kind !== 'markdown' || ctx.summary.metadata || isIncludeFile(ctx.path)) return;
    const displaced = displacedFrontMatterOffset(ctx.text);
    if (displaced !== undefined) {
      const span = new LineIndex(ctx.text).span(displaced, displaced + 3);
      ctx.report({ message: `Front matter must start on line 1; the '---' on line ${span.start.line} is read as a thematic break, not metadata`, span });
      return;
    }
    ctx.report({ message: "Missing front matter: start the file with a '---' block of metadata (title, description, ms.date)", span: FILE_START });
  },
});
