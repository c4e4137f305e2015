/**
 * Parse a structured FAQ (`### YamlMime:FAQ`) into what the engine needs from any file:
 * - `summary`: kind `faq-yaml`; `metadata` from the `metadata:` mapping (positions in the file),
 *   and the headings (no ids), anchors, references and directives of every Markdown field
 *   (`summary`, each `answer`, `additionalContent`), at their true place in the file;
 * - `tree`: a synthetic mdast root in document order: `title` as an H1, the summary's blocks,
 *   each section `name` as an H2, each `question` as an H3 followed by its answer's blocks, then
 *   `additionalContent`'s blocks; headings carry `data.faqRole`. `tree.data.faqYaml` holds the
 *   FAQ's sections and questions, the YAML syntax errors and the YAML document (see structure.ts).
 * Pure function of (path, text).
 */
import type { Heading, Root, RootContent } from 'mdast';
import {
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node as YamlNode,
  type Pair,
  type YAMLMap,
} from 'yaml';
import { metadataFromMap, yamlErrorRange } from '../parse/metadata.js';
import { LineIndex } from '../text/line-index.js';
import type { FileSummary, MetadataSummary, ParsedFile, Span } from '../types.js';

import { firstLine, yamlMimeOf } from '../text/yaml-mime.js';
import { parseFragment, type Fragment } from './markdown-fragment.js';
import { toFileRange } from './scalar-map.js';
import type { FaqYamlData, FaqYamlProblem, FaqYamlQuestion, FaqYamlSection } from './structure.js';
import { scalarMapOf } from './yaml-scalar.js';

/** Parse the YAML of a structured FAQ: ranges are file offsets; errors are kept, never thrown. */
export function parseFaqDocument(text: string): Document {
  return parseDocument(text, {
    keepSourceTokens: true,
    uniqueKeys: false,
    prettyErrors: false,
    strict: false,
    version: '1.2',
  });
}

/** The pair of a mapping whose key is `key`, or undefined. */
export function pairOf(map: YAMLMap, key: string): Pair<YamlNode, YamlNode | null> | undefined {
  return (map.items as Pair<YamlNode, YamlNode | null>[]).find((p) => isScalar(p.key) && p.key.value === key);
}

const messageLine = (message: string): string => message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');

class FaqYamlReader {
  readonly lines: LineIndex;
  readonly doc: Document;
  readonly summary: FileSummary;
  readonly children: RootContent[] = [];
  readonly sections: FaqYamlSection[] = [];

  constructor(
    readonly path: string,
    readonly text: string,
  ) {
    this.lines = new LineIndex(text);
    this.doc = parseFaqDocument(text);
    this.summary = {
      path,
      kind: 'faq-yaml',
      metadata: undefined,
      headings: [],
      anchors: [],
      references: [],
      directives: [],
      lineCount: this.lines.lineCount,
      length: text.length,
    };
  }

  spanOf(node: { range?: [number, number, number] | null } | null | undefined): Span | undefined {
    return node?.range ? this.lines.span(node.range[0], node.range[1]) : undefined;
  }

  read(): ParsedFile {
    const root = this.doc.contents;
    if (isMap(root)) {
      this.readMetadata(root);
      this.heading(1, 'title', pairOf(root, 'title')?.value);
      this.markdown(pairOf(root, 'summary')?.value);
      const sections = pairOf(root, 'sections')?.value;
      if (isSeq(sections)) {
        for (const item of sections.items) if (isMap(item)) this.readSection(item);
      }
      if (pairOf(root, 'questions')) this.readSection(root);
      this.markdown(pairOf(root, 'additionalContent')?.value);
    }
    const faqYaml: FaqYamlData = {
      headerLine: firstLine(this.text),
      mime: yamlMimeOf(this.text),
      syntaxErrors: this.syntaxErrors(),
      yaml: this.doc,
      sections: this.sections,
    };
    const tree: Root = {
      type: 'root',
      children: this.children,
      data: { faqYaml },
      position: { start: this.lines.point(0), end: this.lines.point(this.text.length) },
    };
    return { tree, summary: this.summary };
  }

  private syntaxErrors(): FaqYamlProblem[] {
    // The build reads the first document and ignores what follows it (as for a toc.yml).
    return this.doc.errors
      .filter((e) => e.code !== 'MULTIPLE_DOCS')
      .map((e) => {
        const [from, to] = yamlErrorRange(this.doc, e, this.text);
        return { message: messageLine(e.message), span: this.lines.span(from, to) };
      });
  }

  private readMetadata(root: YAMLMap): void {
    const pair = pairOf(root, 'metadata');
    if (!pair) return;
    const keySpan = this.spanOf(pair.key)!;
    const valueSpan = this.spanOf(pair.value);
    const span: Span = { start: keySpan.start, end: valueSpan?.end ?? keySpan.end };
    if (isMap(pair.value)) {
      this.summary.metadata = metadataFromMap(pair.value, this.doc, 0, span, this.lines, undefined, {
        duplicates: false,
      });
      return;
    }
    const metadata: MetadataSummary = { span, entries: [], problems: [] };
    if (pair.value && !(isScalar(pair.value) && pair.value.value === null)) {
      metadata.problems.push({ message: "'metadata' must be a mapping of keys to values", span: valueSpan ?? keySpan });
    }
    this.summary.metadata = metadata;
  }

  /** A `sections[]` item, or the root when it has a top-level `questions` list. */
  private readSection(map: YAMLMap): void {
    const nameNode = pairOf(map, 'name')?.value;
    const name = isScalar(nameNode) && nameNode.value !== null ? nameNode.toString() : undefined;
    if (map !== this.doc.contents) this.heading(2, 'section', nameNode);
    const section: FaqYamlSection = { name, questions: [] };
    this.sections.push(section);
    const questions = pairOf(map, 'questions')?.value;
    if (!isSeq(questions)) return;
    for (const item of questions.items) {
      if (isMap(item)) section.questions.push(this.readQuestion(item));
    }
  }

  private readQuestion(item: YAMLMap): FaqYamlQuestion {
    const questionPair = pairOf(item, 'question');
    const answerPair = pairOf(item, 'answer');
    const itemSpan = this.spanOf(item)!;
    const heading = this.heading(3, 'question', questionPair?.value);
    const text = heading?.text ?? '';
    const span = heading?.span ?? this.spanOf(questionPair?.key) ?? itemSpan;
    const fragment = this.markdown(answerPair?.value);
    const answerValue = answerPair?.value;
    const nullAnswer = !answerValue || (isScalar(answerValue) && answerValue.value === null);
    const answerEmpty = answerPair !== undefined && (nullAnswer || fragment?.blank === true);
    const answerSpan = this.spanOf(answerPair?.key) ?? itemSpan;
    return { text, span, answerEmpty, answerSpan };
  }

  /** A synthetic heading from a string scalar (its trimmed text, at its place in the file). */
  private heading(
    depth: 1 | 2 | 3,
    role: 'title' | 'section' | 'question',
    node: YamlNode | null | undefined,
  ): { text: string; span: Span } | undefined {
    if (!isScalar(node) || typeof node.value !== 'string') return undefined;
    const map = scalarMapOf(this.text, node);
    if (!map) return undefined;
    const lead = map.value.length - map.value.trimStart().length;
    const text = map.value.trim();
    const span = this.lines.span(...toFileRange(map, lead, lead + text.length));
    const position = { start: span.start, end: span.end };
    const heading: Heading = {
      type: 'heading',
      depth,
      children: [{ type: 'text', value: text, position }],
      position,
      data: { faqRole: role },
    };
    this.children.push(heading);
    return { text, span };
  }

  /** Parse a Markdown field into the tree and the summary. */
  private markdown(node: YamlNode | null | undefined): Fragment | undefined {
    if (!isScalar(node) || typeof node.value !== 'string') return undefined;
    const map = scalarMapOf(this.text, node);
    if (!map) return undefined;
    const fragment = parseFragment(this.path, map, this.lines);
    // Loops, not push(...array): spreading a huge array into arguments overflows the stack.
    for (const node of fragment.nodes) this.children.push(node);
    for (const heading of fragment.summary.headings) this.summary.headings.push(heading);
    for (const anchor of fragment.summary.anchors) this.summary.anchors.push(anchor);
    for (const reference of fragment.summary.references) this.summary.references.push(reference);
    for (const directive of fragment.summary.directives) this.summary.directives.push(directive);
    return fragment;
  }
}

/** Parse a `### YamlMime:FAQ` file (BOM already removed). */
export function parseFaqYaml(path: string, text: string): ParsedFile {
  return new FaqYamlReader(path, text).read();
}
