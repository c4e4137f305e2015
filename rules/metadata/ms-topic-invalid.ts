/** `ms-topic-invalid`: ms.topic is not one of the content types the Learn build accepts. */
import { closest } from '../../src/text/similar.js';
import { defineRule } from '../define.js';
import { findEntry, isEmptyValue, scalarText, usableMetadata } from './shared/metadata.js';

export interface MsTopicInvalidOptions extends Record<string, unknown> {
  /** The accepted values (exact case). Replaces the default list. */
  allowed: string[];
  /** Values accepted on top of `allowed`: extend the default list without restating it. */
  extraAllowed: string[];
  /** Retired values and the value to use instead (`conceptual` -> `article`, as the build says). */
  replacements: Record<string, string>;
}

/**
 * Contributor guide values (`article`, `contributor-guide`, `overview`, `quickstart`,
 * `reference`, `sample`, `tutorial`), the list, and values in use in published
 * MicrosoftDocs repositories (azure-management-docs, cpp-docs).
 */
export const DEFAULT_MS_TOPICS = [
  'article',
  'best-practice',
  'concept-article',
  'contributor-guide',
  'error-reference',
  'faq',
  'generated-reference',
  'get-started',
  'glossary',
  'how-to',
  'hub-page',
  'include',
  'install-set-up-deploy',
  'landing-page',
  'language-reference',
  'limits-and-quotas',
  'overview',
  'quickstart',
  'reference',
  'release-notes',
  'sample',
  'troubleshooting',
  'troubleshooting-error-codes',
  'troubleshooting-general',
  'troubleshooting-known-issue',
  'troubleshooting-problem-resolution',
  'tutorial',
  'upgrade-and-migration-article',
  'whats-new',
];

export const msTopicInvalid = defineRule<MsTopicInvalidOptions>({
  meta: {
    id: 'ms-topic-invalid',
    family: 'metadata',
    description: 'ms.topic is not in the allow-list of content types',
    severity: 'error',
    schema: {
      type: 'object',
      properties: {
        allowed: {
          type: 'array',
          items: { type: 'string' },
          description: 'Accepted values (replaces the default list)',
        },
        extraAllowed: { type: 'array', items: { type: 'string' }, description: 'Values accepted on top of allowed' },
        replacements: {
          type: 'object',
          additionalProperties: { type: 'string' },
          description: 'Retired values and their replacement',
        },
      },
      additionalProperties: false,
    },
    defaults: { allowed: DEFAULT_MS_TOPICS, extraAllowed: [], replacements: { conceptual: 'article' } },
  },
  check(ctx) {
    const metadata = usableMetadata(ctx.summary.metadata);
    const entry = metadata && findEntry(metadata, 'ms.topic');
    if (!entry || isEmptyValue(entry)) return;
    const value = scalarText(entry)?.trim();
    if (value === undefined) return; // metadata-value-type
    const allowed = [...ctx.options.allowed, ...ctx.options.extraAllowed];
    if (allowed.includes(value)) return;
    const replacement = Object.hasOwn(ctx.options.replacements, value) ? ctx.options.replacements[value] : undefined;
    if (replacement !== undefined) {
      ctx.report({
        message: `Invalid value for 'ms.topic': '${value}'`,
        detail: `no longer accepted: use '${replacement}'`,
        span: entry.valueSpan,
        suggestions: [replacement],
      });
      return;
    }
    const guess = closest(value, allowed);
    ctx.report({
      message: `Invalid value for 'ms.topic': '${value}'`,
      detail: guess ? `did you mean '${guess}'?` : 'not an accepted content type',
      span: entry.valueSpan,
      ...(guess ? { suggestions: [guess] } : {}),
    });
  },
});
