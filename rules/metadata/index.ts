/** The metadata rules: front matter, required keys, ms.date, ms.topic, lengths and value types. */
import type { Rule } from '../../src/types.js';
import { authorMissing } from './author-missing.js';
import { descriptionBadLength } from './description-bad-length.js';
import { descriptionMissing } from './description-missing.js';
import { frontMatterInvalid } from './front-matter-invalid.js';
import { frontMatterMissing } from './front-matter-missing.js';
import { metadataValueType } from './metadata-value-type.js';
import { msAuthorMissing } from './ms-author-missing.js';
import { msDateInvalid } from './ms-date-invalid.js';
import { msDateMissing } from './ms-date-missing.js';
import { msDateNotUpdated } from './ms-date-not-updated.js';
import { msDateStale } from './ms-date-stale.js';
import { msTopicInvalid } from './ms-topic-invalid.js';
import { msTopicMissing } from './ms-topic-missing.js';
import { titleBadLength } from './title-bad-length.js';
import { titleMissing } from './title-missing.js';

export const metadataRules: Rule[] = [
  frontMatterMissing,
  frontMatterInvalid,
  titleMissing,
  descriptionMissing,
  msDateMissing,
  msTopicMissing,
  authorMissing,
  msAuthorMissing,
  msDateInvalid,
  msDateStale,
  msDateNotUpdated,
  msTopicInvalid,
  titleBadLength,
  descriptionBadLength,
  metadataValueType,
];
