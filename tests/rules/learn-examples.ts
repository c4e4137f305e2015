/**
 * What the tester files of the Learn-build rules share: the zone pivot definition file and a page
 * with one pivot zone (zone pivot rules), and the files the TOC and redirection rule pages'
 * examples need beside fixtures/rule-examples (see `Examples` in rule-tester.ts).
 */
import { page, type Examples } from './rule-tester.js';

/** A structured FAQ with complete, valid metadata (lines 1-8) and title and summary (lines 9-10), then `body`. */
export const faqYaml = (body: string): string =>
  `### YamlMime:FAQ\nmetadata:\n  title: Contoso frequently asked questions\n  description: A description of the Contoso widgets, long enough for the length rules of faq-lint to accept it.\n  author: tester\n  ms.author: tester\n  ms.date: 11/01/2026\n  ms.topic: faq\ntitle: Contoso FAQ\nsummary: Questions about Contoso.\n${body}`;

/** The zone pivot definition file of a docset, at its default name (`zone-pivot-groups.yml`). */
export const ZONE_PIVOT_GROUPS = `### YamlMime:ZonePivotGroups
groups:
- id: operating-systems
  title: Operating system
  prompt: Choose an operating system
  pivots:
  - id: windows
    title: Windows
  - id: linux
    title: Linux
`;

/** A page with complete metadata (plus `zone_pivot_groups` when given) and one zone for `pivot`. */
export function pivotPage(groups: string | undefined, pivot: string, text: string): string {
  return [
    '---',
    'title: Install the agent on a server',
    'description: How to install the monitoring agent on a Windows or Linux server, step by step, for the rule tester.',
    'author: tester',
    'ms.author: tester',
    'ms.date: 11/01/2026',
    'ms.topic: how-to',
    ...(groups === undefined ? [] : [`zone_pivot_groups: ${groups}`]),
    '---',
    '',
    '# Install the agent',
    '',
    `::: zone pivot="${pivot}"`,
    text,
    '::: zone-end',
    '',
  ].join('\n');
}

/** The zone pivot rule pages' examples: the definition file at the docset root. */
export const ZONE_PIVOT_EXAMPLES: Examples = {
  files: { 'zone-pivot-groups.yml': ZONE_PIVOT_GROUPS },
};

/** The pages and TOCs the TOC rule pages' examples link. */
const TOC_TARGETS = {
  'articles/migrate/overview.md': '# Overview\n',
  'articles/migrate/quickstart.md': '# Quickstart\n',
  'articles/migrate/get-started.md': '# Get started\n',
  'articles/migrate/reference/toc.yml': '- name: API\n  href: api.md\n',
  'articles/migrate/reference/overview.md': '# Reference\n',
  'articles/migrate/reference/api.md': '# API\n',
};

/** The examples of the YAML TOC rules: a `toc.yml` beside the pages it lists. */
export const TOC_EXAMPLES: Examples = {
  file: 'articles/migrate/toc.yml',
  files: TOC_TARGETS,
};

/** The examples of the Markdown TOC rules: a `TOC.md`. */
export const TOC_MARKDOWN_EXAMPLES: Examples = {
  file: 'articles/migrate/TOC.md',
  files: TOC_TARGETS,
};

/** The examples of the redirection rules: entries, in a redirection file of their own. */
export const REDIRECTION_EXAMPLES: Examples = {
  file: '.openpublishing.redirection.examples.json',
  wrap: (entries) => `{\n  "redirections": [\n${entries}\n  ]\n}`,
  files: {
    'articles/new.md': '# New\n',
    'articles/newer.md': '# Newer\n',
    'articles/new-home.md': '# New home\n',
    'articles/c.md': '# C\n',
    'articles/gadgets/overview.md': '# Gadgets\n',
  },
};

/** A valid redirection file with one entry, whose target page exists and whose source is gone. */
export const ONE_REDIRECTION_FILES: Record<string, string> = {
  '.openpublishing.redirection.json': `{
  "redirections": [
    { "source_path_from_root": "/old.md", "redirect_url": "new" }
  ]
}
`,
  'new.md': page('# Target\n'),
};

/** A valid toc.yml including a folder's TOC (tocHref) with its landing page (topicHref). */
export const TOC_INCLUDE_FILES: Record<string, string> = {
  'toc.yml': `- name: Reference
  tocHref: reference/
  topicHref: reference/overview.md
`,
  'reference/toc.yml': '- name: API\n  href: api.md\n',
  'reference/overview.md': page('# Target\n'),
  'reference/api.md': page('# Target\n'),
};
