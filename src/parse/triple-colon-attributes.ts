/**
 * The attributes of a triple-colon extension (`:::image source="a.png" alt-text="A":::`), read the
 * way the Learn build's Markdig extension reads them (docfx v3,
 * src/Microsoft.Docs.MarkdigExtensions/TripleColon/TripleColonBlockParser.cs): names are letters,
 * digits and `-` (case-insensitive), values are double-quoted, a name given twice is an error, and
 * the first error ends the reading. A single left-to-right scan.
 */

/** An attribute with the offsets (in the scanned text) of its name and value. */
export interface TripleColonAttribute {
  name: string;
  value: string;
  nameStart: number;
  valueStart: number;
  valueEnd: number;
}

/** What reading the opening line of a triple-colon extension gives. */
export interface TripleColonOpening {
  /** Lower-cased extension name (`image`, `zone`, `moniker`, ...). */
  name: string;
  attributes: TripleColonAttribute[];
  /** The first problem, as the build states it (`message`) and in a few words (`short`), and where; reading stops there. */
  error?: { message: string; short: string; offset: number };
  /** Offset just after the attributes: the closing `:::` (self-closing) or the line end. */
  end: number;
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t';
const isAlpha = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);
const isNameChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9-]/.test(c);

/**
 * Read `:::name attributes` from `text` at `start` (the first `:`) up to the line end; a
 * self-closing extension (`image`) also stops at `:::`. Undefined when no `:::name` stands there.
 */
export function readTripleColonOpening(
  text: string,
  start: number,
  selfClosing: boolean,
): TripleColonOpening | undefined {
  if (!text.startsWith(':::', start)) return undefined;
  const lineEnd = endOfLine(text, start);
  let i = start + 3;
  while (isSpace(text[i])) i++;
  const nameStart = i;
  if (!isAlpha(text[i])) return undefined;
  while (i < lineEnd && isNameChar(text[i])) i++;
  const opening: TripleColonOpening = { name: text.slice(nameStart, i).toLowerCase(), attributes: [], end: i };
  const seen = new Set<string>();
  for (;;) {
    while (isSpace(text[i])) i++;
    opening.end = i;
    if (i >= lineEnd || (selfClosing && text.startsWith(':::', i))) return opening;
    if (!isAlpha(text[i]))
      return { ...opening, error: { message: 'Invalid attribute.', short: 'invalid attribute', offset: i } };
    const attributeStart = i;
    while (i < lineEnd && isNameChar(text[i])) i++;
    const name = text.slice(attributeStart, i).toLowerCase();
    if (seen.has(name))
      return {
        ...opening,
        error: {
          message: `Attribute "${name}" specified multiple times.`,
          short: `'${name}' given twice`,
          offset: attributeStart,
        },
      };
    seen.add(name);
    while (isSpace(text[i])) i++;
    if (text[i] !== '=') {
      opening.attributes.push({ name, value: '', nameStart: attributeStart, valueStart: i, valueEnd: i });
      continue;
    }
    i++;
    while (isSpace(text[i])) i++;
    if (text[i] !== '"')
      return {
        ...opening,
        error: {
          message: `Invalid attribute "${name}". Values must be enclosed in double quotes.`,
          short: `'${name}' not in double quotes`,
          offset: attributeStart,
        },
      };
    const close = text.indexOf('"', i + 1);
    if (close === -1 || close >= lineEnd)
      return {
        ...opening,
        error: {
          message: `Invalid attribute "${name}". Values must be terminated with a double quote.`,
          short: `'${name}' has no closing quote`,
          offset: attributeStart,
        },
      };
    opening.attributes.push({
      name,
      value: text.slice(i + 1, close),
      nameStart: attributeStart,
      valueStart: i + 1,
      valueEnd: close,
    });
    i = close + 1;
  }
}

function endOfLine(text: string, from: number): number {
  const n = text.indexOf('\n', from);
  const end = n === -1 ? text.length : n;
  return text[end - 1] === '\r' ? end - 1 : end;
}

/** The attributes `:::image` accepts (docfx v3, TripleColon/ImageExtension.cs). */
export const IMAGE_ATTRIBUTES: ReadonlySet<string> = new Set([
  'alt-text',
  'type',
  'loc-scope',
  'source',
  'border',
  'lightbox',
  'link',
]);

/** The value of an attribute, '' when absent. */
export function attributeValue(opening: TripleColonOpening, name: string): string {
  return opening.attributes.find((a) => a.name === name)?.value ?? '';
}

/**
 * True when the build refuses this `:::image` and renders nothing (so its files are not
 * checked): an attribute error, an unknown attribute, no source, or no alt text on a non-icon.
 */
export function imageRefused(opening: TripleColonOpening): boolean {
  if (opening.error || opening.attributes.some((a) => !IMAGE_ATTRIBUTES.has(a.name))) return true;
  return (
    attributeValue(opening, 'source') === '' ||
    (attributeValue(opening, 'alt-text') === '' && attributeValue(opening, 'type') !== 'icon')
  );
}

/** The attributes `:::code` accepts (docfx v3, TripleColon/CodeExtension.cs). */
export const CODE_ATTRIBUTES: ReadonlySet<string> = new Set([
  'source',
  'range',
  'id',
  'highlight',
  'language',
  'interactive',
]);

/**
 * The file extensions the build infers a snippet's language from when `language` is not given:
 * every language name and alias of docfx v3's HtmlCodeSnippetRenderer (`s_languageAlias`), and
 * none (a file without extension, which it maps to Ruby). Compared case-insensitively here.
 */
const SNIPPET_EXTENSIONS: ReadonlySet<string> = new Set(
  (
    'actionscript as arduino ino assembly nasm asm batchfile bat cmd css cpp c c++ objective-c obj-c objc objectivec h hpp cc m ' +
    'hlsl fx csharp cs asax cuda cu cuh d dlang everything example erlang erl fsharp fs fsi fsx go golang handlebars hbs haskell hs ' +
    'html jsp asp aspx ascx master cshtml aspx-cs aspx-csharp razor vbhtml aspx-vb java gradle javascript js node json lisp lsp lua ' +
    'matlab pascal pas perl pl php powershell posh ps1 processing pde python py r react tsx ruby ru erb rb rust rs scala shell sh bash ' +
    'smalltalk st sql swift typescript ts xaml xml xsl xslt xsd wsdl csdl edmx vsixmanifest config dtd vb vbnet vbscript bas vbs vba'
  ).split(' '),
);

/** The extension of a snippet path as .NET's Path.GetExtension gives it, without the dot ('' for none). */
export function snippetExtension(source: string): string {
  const name = source.slice(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot === -1 ? '' : name.slice(dot + 1);
}

/** True when the build can infer a language from the snippet's file extension. */
export function snippetLanguageKnown(source: string): boolean {
  const extension = snippetExtension(source).toLowerCase();
  return extension === '' || SNIPPET_EXTENSIONS.has(extension);
}

/** The first reason the build refuses a `:::code` block (and renders nothing), or undefined. */
export function codeProblem(
  opening: TripleColonOpening,
): { message: string; detail?: string; attribute?: TripleColonAttribute } | undefined {
  if (opening.error) return { message: opening.error.short, detail: opening.error.message };
  const unknown = opening.attributes.find((a) => !CODE_ATTRIBUTES.has(a.name));
  if (unknown) return { message: `unknown attribute '${unknown.name}'`, attribute: unknown };
  const source = attributeValue(opening, 'source');
  if (source === '') return { message: "'source' is required" };
  if (attributeValue(opening, 'language') === '' && !snippetLanguageKnown(source)) {
    return {
      message: `no language for '.${snippetExtension(source)}'`,
      detail: `set language="...": the build cannot infer one from '.${snippetExtension(source)}'`,
      attribute: opening.attributes.find((a) => a.name === 'source'),
    };
  }
  return undefined;
}
