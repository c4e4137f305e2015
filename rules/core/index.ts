/** Rules the engine itself reports: unreadable or too complex files, bad inline comments, internal failures. */
import { defineRule } from '../define.js';

/** A file that cannot be read or decoded (binary, invalid UTF-8, loop, vanished). */
export const fileUnreadable = defineRule({
  meta: {
    id: 'file-unreadable',
    family: 'core',
    description: 'A file could not be read or decoded as UTF-8 text',
    severity: 'error',
  },
});

/** A file faq-lint does not lint because it would cost too much: refused by the pre-scan, or stopped at its limits. */
export const fileTooComplex = defineRule({
  meta: {
    id: 'file-too-complex',
    family: 'core',
    description: 'A file is too complex to lint within the per-file limits (nesting, links, time, memory)',
    severity: 'error',
  },
});

/** An inline `<!-- faq-lint-... -->` comment that names a rule faq-lint does not have. */
export const inlineConfigInvalid = defineRule({
  meta: {
    id: 'inline-config-invalid',
    family: 'core',
    description: 'An inline faq-lint comment names an unknown rule',
    severity: 'error',
  },
});

/** A rule failed on a file: reported instead of crashing the run. */
export const internalError = defineRule({
  meta: {
    id: 'internal-error',
    family: 'core',
    description: 'A rule failed on this file (a bug in faq-lint: please report it)',
    severity: 'error',
  },
});

export const coreRules = [fileUnreadable, fileTooComplex, inlineConfigInvalid, internalError];
