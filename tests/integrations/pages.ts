/** Article text for the integration fixtures: complete Learn metadata, so only the intended findings show. */

/** Front matter with every required and recommended key, ms.date fresh for TEST_NOW (2026-11-26). */
export function frontMatter(title: string, msDate = '11/01/2026'): string {
  return [
    '---',
    `title: ${title}`,
    `description: A page about ${title.toLowerCase()} for the integration tests of faq-lint, long enough to pass the length rule.`,
    'author: tester',
    'ms.author: tester',
    `ms.date: ${msDate}`,
    'ms.topic: article',
    '---',
    '',
  ].join('\n');
}

/** The number of lines `frontMatter` takes: findings in the body are this much further down. */
export const FRONT_MATTER_LINES = 8;

/** A Markdown article: front matter, then `body`. */
export function page(title: string, body: string): string {
  return `${frontMatter(title)}${body}`;
}
