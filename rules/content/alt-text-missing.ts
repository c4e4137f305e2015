/**
 * `alt-text-missing`: an image with empty alternate text, `![](x.png)` or `<img alt="">`. The
 * Learn build's `missing-image-altText` (ImageAltTextMissing). `:::image` is `invalid-image`'s.
 */
import { attribute, scanHtml } from '../../src/parse/html.js';
import { htmlFileOffset } from '../../src/summary/summarise-markdown.js';
import { LineIndex } from '../../src/text/line-index.js';
import { defineRule } from '../define.js';

const DETAIL = 'describe the image for readers who cannot see it';

export const altTextMissing = defineRule({
  meta: {
    id: 'alt-text-missing',
    family: 'content',
    description: 'An image has empty alternate text (`![](x.png)`, `<img alt="">`)',
    severity: 'warn',
    messages: {
      missing: "Image '{{url}}' has no alt text",
    },
  },
  // The outline lists images with blank alt text and HTML with an `<img`, in document order.
  check({ outline, text, report }) {
    let lines: LineIndex | undefined;
    for (const item of outline.altTexts) {
      if (!('html' in item)) {
        report({ span: item.span, messageId: 'missing', data: { url: item.target }, detail: DETAIL });
      } else {
        const { html } = item;
        for (const tag of scanHtml(html.value).tags) {
          if (tag.name !== 'img' || tag.closing) continue;
          const alt = attribute(tag, 'alt');
          // No alt attribute at all: the build's behaviour is not known (see the rule page); stay silent.
          if (!alt || alt.value.trim() !== '') continue;
          lines ??= new LineIndex(text);
          const src = attribute(tag, 'src')?.value ?? '';
          report({
            span: lines.span(htmlFileOffset(html, tag.start, text), htmlFileOffset(html, tag.end, text)),
            messageId: 'missing',
            data: { url: src },
            detail: DETAIL,
          });
        }
      }
    }
  },
});
