/**
 * `invalid-image`: a `:::image` extension the Learn build refuses (and does not render): a missing
 * `source` or `alt-text`, an unknown attribute, a value not in double quotes, an attribute given
 * twice; and, as a warning, `type="complex"` without its description. The build's `invalid-image`
 * (docfx v3, src/Microsoft.Docs.MarkdigExtensions/TripleColon/ImageExtension.cs).
 */
import { LineIndex } from '../../src/text/line-index.js';
import { attributeValue, IMAGE_ATTRIBUTES, readTripleColonOpening } from '../../src/parse/triple-colon-attributes.js';
import type { Report } from '../../src/types.js';
import { defineRule } from '../define.js';

type ImageMessageId = 'syntax' | 'unknownAttribute' | 'sourceMissing' | 'altTextMissing' | 'complexWithoutDescription';

const IMAGE_END = /^[ \t]*(?:\r?\n[ \t]*)*:::[ \t]*image-end[ \t]*:::/;

/** The problems of one `:::image` whose `:::` starts at `start` in `text`. */
export function imageProblems(text: string, start: number, lines: LineIndex, block: boolean): Report<ImageMessageId>[] {
  const opening = readTripleColonOpening(text, start, true);
  if (!opening) return [];
  const at = (offset: number, end = offset): Report['span'] => lines.span(offset, end);
  const whole = at(start, opening.end);
  if (opening.error)
    return [
      {
        span: at(opening.error.offset),
        messageId: 'syntax',
        data: { problem: opening.error.short },
        detail: opening.error.message,
      },
    ];
  const unknown = opening.attributes.find((a) => !IMAGE_ATTRIBUTES.has(a.name));
  if (unknown) {
    return [
      {
        span: at(unknown.nameStart, unknown.nameStart + unknown.name.length),
        messageId: 'unknownAttribute',
        data: { name: unknown.name },
        detail: `allowed: ${[...IMAGE_ATTRIBUTES].join(', ')}`,
      },
    ];
  }
  const value = (name: string): string => attributeValue(opening, name);
  const problems: Report<ImageMessageId>[] = [];
  if (value('source') === '')
    problems.push({ span: whole, messageId: 'sourceMissing', detail: 'source="path/to/image.png"' });
  // An icon is decoration: the build renders it with role="presentation" and no alt text.
  if (value('alt-text') === '' && value('type') !== 'icon') {
    problems.push({
      span: whole,
      messageId: 'altTextMissing',
      detail: 'alt-text="what the image shows" (or type="icon" for a decorative icon)',
    });
  }
  if (problems.length === 0 && block && value('type') === 'complex') {
    const close = text.indexOf(':::', opening.end);
    if (close !== -1 && IMAGE_END.test(text.slice(close + 3, close + 3 + 200))) {
      problems.push({
        span: whole,
        severity: 'warn',
        messageId: 'complexWithoutDescription',
        detail: 'write the long description between the image and :::image-end:::, or use type="content"',
      });
    }
  }
  return problems;
}

export const invalidImage = defineRule({
  meta: {
    id: 'invalid-image',
    family: 'extensions',
    description:
      ':::image without source or alt-text, with an unknown or badly quoted attribute (the build does not render it)',
    severity: 'error',
    messages: {
      syntax: 'Image not rendered: {{problem}}',
      unknownAttribute: "Image not rendered: unknown attribute '{{name}}'",
      sourceMissing: "Image not rendered: 'source' is required",
      altTextMissing: "Image not rendered: 'alt-text' is required",
      complexWithoutDescription: 'Complex image without a description',
    },
  },
  // The outline lists the triple-colon blocks and the inline :::images, in document order.
  check({ outline, text, report }) {
    let lines: LineIndex | undefined;
    for (const { name, start, block } of outline.tripleColons) {
      if (name !== 'image') continue;
      lines ??= new LineIndex(text);
      for (const problem of imageProblems(text, start, lines, block)) report(problem);
    }
  },
});
