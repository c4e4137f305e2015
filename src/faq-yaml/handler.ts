/** The file kind of structured FAQs: a `.yml` (or `.yaml`) file whose first line is `### YamlMime:FAQ`. */
import type { FileKindHandler } from '../engine/file-kinds.js';
import { fileWideProblem } from '../parse/complexity.js';
import { looksLikeFaqHeader } from './header.js';
import { parseFaqYaml } from './parse-faq-yaml.js';

export const faqYamlKind: FileKindHandler = {
  kind: 'faq-yaml',
  matches: (path, text) => /\.ya?ml$/i.test(path) && text !== undefined && looksLikeFaqHeader(text),
  parse: parseFaqYaml,
  // The whole file pays for all its links; each answer gets the full pre-scan as it is parsed.
  refuse: fileWideProblem,
};
