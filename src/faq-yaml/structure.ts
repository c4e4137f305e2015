/**
 * What the structured-FAQ handler tells per-file rules about a `### YamlMime:FAQ` file, on
 * `tree.data.faqYaml` (see README.md in this folder). Rules read the FAQ's questions from here
 * rather than guessing them from the synthetic tree's headings.
 */
import type { Document } from 'yaml';
import type { Span } from '../types.js';

/** A problem the handler found while reading the file: YAML syntax, not the schema. */
export interface FaqYamlProblem {
  message: string;
  span: Span;
}

/** One `question` / `answer` pair of the FAQ. */
export interface FaqYamlQuestion {
  /** The question as plain text (trimmed; empty when missing or not a string). */
  text: string;
  /** Span of the question's text in the file; the `question` key's span when it has no text. */
  span: Span;
  /** True when the answer is missing, null, blank or only HTML comments. */
  answerEmpty: boolean;
  /** Span of the `answer` value, else of the `answer` key, else of the question item. */
  answerSpan: Span;
}

/** A `sections[]` item (or the file itself, for a top-level `questions` list). */
export interface FaqYamlSection {
  /** `name`, or undefined when absent or null. */
  name: string | undefined;
  questions: FaqYamlQuestion[];
}

/** The FAQ data of one file. */
export interface FaqYamlData {
  /** The first line of the file, as written. */
  headerLine: string;
  /** The mime as the Learn build reads it from the first line (`FAQ`), undefined when none. */
  mime: string | undefined;
  /** YAML syntax errors, at their place in the file. */
  syntaxErrors: FaqYamlProblem[];
  /** The YAML document (ranges are offsets in the file): faq-schema walks it. */
  yaml: Document;
  sections: FaqYamlSection[];
}

declare module 'mdast' {
  interface RootData {
    /** Set by the structured-FAQ handler on the synthetic tree of a `### YamlMime:FAQ` file. */
    faqYaml?: FaqYamlData;
  }
  interface HeadingData {
    /** The part of a structured FAQ a synthetic heading stands for. */
    faqRole?: 'title' | 'section' | 'question';
  }
}
