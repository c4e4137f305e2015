/** Writing XML text safely: escaping, and dropping characters XML 1.0 cannot hold. */
import { printableKeepingLines } from '../text/printable.js';

/** Characters not allowed anywhere in XML 1.0 (controls, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for an XML attribute value or element content; control characters as `\u001b` escapes, never raw. */
export function xmlText(text: string): string {
  return (
    printableKeepingLines(text)
      .replace(NOT_XML, '\uFFFD')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // As character references, line breaks and tabs survive attribute-value normalisation.
      .replace(/[\r\n\t]/g, (c) => `&#${c.charCodeAt(0)};`)
  );
}
