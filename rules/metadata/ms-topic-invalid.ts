/** `ms-topic-invalid`: ms.topic is not one of the content types the Learn build accepts. */
import { closest } from '../../src/text/similar.js';
import { Type } from '../option-schemas.js';
import { defineRule } from '../define.js';
import { findEntry, isEmptyValue, scalarText, usableMetadata } from './shared/metadata.js';

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

export const msTopicInvalid = defineRule({
  meta: {
    id: 'ms-topic-invalid',
    family: 'metadata',
    description: 'ms.topic is not in the allow-list of content types',
    severity: 'error',
    options: {
      /** Exact case. */
      allowed: Type.Array(Type.String(), {
        default: DEFAULT_MS_TOPICS,
        description: 'Accepted values (replaces the default list)',
      }),
      /** Extends the default list without restating it. */
      extraAllowed: Type.Array(Type.String(), { default: [], description: 'Values accepted on top of allowed' }),
      /** `conceptual` -> `article`, as the build says. */
      replacements: Type.Record(Type.String(), Type.String(), {
        default: { conceptual: 'article' },
        description: 'Retired values and their replacement',
      }),
    },
    messages: { invalid: "Invalid value for 'ms.topic': '{{value}}'" },
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
        messageId: 'invalid',
        data: { value },
        detail: `no longer accepted: use '${replacement}'`,
        span: entry.valueSpan,
        suggestions: [replacement],
      });
      return;
    }
    const guess = closest(value, allowed);
    ctx.report({
      messageId: 'invalid',
      data: { value },
      detail: guess ? `did you mean '${guess}'?` : 'not an accepted content type',
      span: entry.valueSpan,
      ...(guess ? { suggestions: [guess] } : {}),
    });
  },
});
