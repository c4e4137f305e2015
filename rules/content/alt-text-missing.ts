/**
 * `alt-text-missing`: an image with empty alternate text, `![](x.png)` or `<img alt="">`. The
 * Learn build's `missing-image-altText` (ImageAltTextMissing). `:::image` is `invalid-image`'s.
 */
import { attribute, scanHtml } from '../../src/parse/html.js';
import { nodeSpan } from '../../src/parse/positions.js';
import { walk } from '../../src/parse/walk.js';
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
  check(context) {
    const { text, report } = context;
    // Every image starts with `![` or `<img`: without one the tree is not read (on the event path, not built).
    if (!text.includes('![') && !/<img/i.test(text)) return;
    let lines: LineIndex | undefined;
    walk(context.tree, (node) => {
      if (node.type === 'image' || node.type === 'imageReference') {
        const image = node;
        const span = nodeSpan(image);
        if (span && (image.alt ?? '').trim() === '') {
          const url = image.type === 'image' ? image.url : `[${image.label ?? image.identifier}]`;
          report({ span, messageId: 'missing', data: { url }, detail: DETAIL });
        }
      } else if (node.type === 'html' && /<img/i.test(node.value)) {
        const html = node;
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
    });
  },
});
