/**
 * The one piece of logic behind title-missing, description-missing, ms-date-missing,
 * ms-topic-missing, author-missing and ms-author-missing: each is a declaration over it.
 */
import { Type } from '../../option-schemas.js';
import type { Severity } from '../../../src/types.js';
import { defineRule } from '../../define.js';
import { blockStart, findEntry, isIncludeFile, isPage, nearMissKey, nearMissNote, usableMetadata } from './metadata.js';

/** Options of every required-key rule. */
const OPTIONS = {
  /** Off by default: include files are not pages, and their metadata is never published. */
  checkIncludes: Type.Boolean({
    default: false,
    description: 'Also require the key in include files (under an includes/ folder)',
  }),
};

/** What a required-key rule declares. */
export interface RequiredKeyDeclaration {
  id: string;
  /** The metadata key, exact case. */
  key: string;
  description: string;
  severity: Severity;
  /** The finding's detail: why the key matters (Learn's `additionalMessage`). */
  why: string;
}

/**
 * A rule that reports a page whose metadata lacks `key`. The key counts as present when the
 * docset's docfx.json gives it to the file (globalMetadata / fileMetadata), as the Learn build
 * merges those first. Files without usable metadata are left to front-matter-missing and
 * front-matter-invalid; an empty value is left to metadata-value-type.
 */
export function defineRequiredKeyRule(declaration: RequiredKeyDeclaration) {
  const { id, key, description, severity, why } = declaration;
  return defineRule({
    meta: {
      id,
      family: 'metadata',
      description,
      severity,
      options: OPTIONS,
      messages: { missing: "Missing required attribute: '{{key}}'" },
    },
    checkDocset(ctx) {
      const wanted = isPage(ctx.path, ctx.docset) || (ctx.options.checkIncludes && isIncludeFile(ctx.path));
      if (!wanted) return;
      const metadata = usableMetadata(ctx.summary.metadata);
      if (!metadata || findEntry(metadata, key)) return;
      const inherited = ctx.docset.inheritedMetadata(ctx.path)[key];
      if (inherited !== undefined && inherited !== null) return;
      const nearMiss = nearMissKey(metadata, key);
      if (nearMiss) {
        ctx.report({
          messageId: 'missing',
          data: { key },
          detail: nearMissNote(nearMiss, key),
          span: nearMiss.keySpan,
          suggestions: [key],
        });
      } else {
        ctx.report({ messageId: 'missing', data: { key }, detail: why, span: blockStart(metadata) });
      }
    },
  });
}
