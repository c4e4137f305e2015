/**
 * Rules the engine itself reports: unreadable or too complex files, bad inline comments, internal
 * failures. They have no check: the engine reports for them (with their messages), where the
 * problem is found.
 */
import { defineRule } from '../define.js';

/** A file that cannot be read or decoded (binary, invalid UTF-8, loop, vanished). */
export const fileUnreadable = defineRule({
  meta: {
    id: 'file-unreadable',
    family: 'core',
    description: 'A file could not be read or decoded as UTF-8 text',
    severity: 'error',
    // The reason comes from the source module (src/source/), which knows what went wrong.
    messages: { unreadable: '{{reason}}', stagedUnreadable: 'The staged version: {{reason}}' },
  },
});

/** A file faq-lint does not lint because it would cost too much: refused by the pre-scan, or stopped at its limits. */
export const fileTooComplex = defineRule({
  meta: {
    id: 'file-too-complex',
    family: 'core',
    description: 'A file is too complex to lint within the per-file limits (nesting, links, time, memory)',
    severity: 'error',
    // `refused`: the pre-scan's measure (src/parse/complexity.ts) or the parser's stack.
    messages: { refused: '{{reason}}', stopped: 'Stopped at the per-file limits ({{seconds}} s, {{heapMb}} MB)' },
  },
});

/** An inline `<!-- faq-lint-... -->` comment that names a rule faq-lint does not have. */
export const inlineConfigInvalid = defineRule({
  meta: {
    id: 'inline-config-invalid',
    family: 'core',
    description: 'An inline faq-lint comment names an unknown rule',
    severity: 'error',
    messages: { unknownRule: "Unknown rule '{{ruleId}}' in faq-lint-{{directive}}" },
  },
});

/** A rule failed on a file: reported instead of crashing the run. */
export const internalError = defineRule({
  meta: {
    id: 'internal-error',
    family: 'core',
    description: 'A rule failed on this file (a bug in faq-lint: please report it)',
    severity: 'error',
    messages: { failed: "Rule '{{ruleId}}' failed on this file: {{reason}}" },
  },
});

export const coreRules = [fileUnreadable, fileTooComplex, inlineConfigInvalid, internalError];
