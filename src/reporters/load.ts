/**
 * The formats as the CLI reaches them: every name known up front (to check `--format` before
 * the run), each reporter's module loaded only when its format is written, so a json run never
 * loads vfile-reporter and no run loads the formats it does not use. `index.ts` is the API's
 * eager table of the same formats (a test keeps both lists equal).
 */
import type { Reporter } from './types.js';

/** Every format, by the name `--format` takes. */
export const FORMAT_NAMES = ['stylish', 'json', 'json-with-metadata', 'sarif', 'github', 'junit'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** True when `name` (from the command line) is a format. */
export const isFormatName = (name: string): name is FormatName => (FORMAT_NAMES as readonly string[]).includes(name);

/** Formats that show the run's notes; with none of them (and no summary), the CLI writes the notes to stderr. */
export const FORMATS_WITH_NOTES: ReadonlySet<string> = new Set<FormatName>([
  'stylish',
  'json-with-metadata',
  'sarif',
  'github',
]);

/** Load the reporter of a format. */
export async function loadReporter(name: FormatName): Promise<Reporter> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish.js')).stylish;
    case 'json':
      return (await import('./json.js')).json;
    case 'json-with-metadata':
      return (await import('./json-with-metadata.js')).jsonWithMetadata;
    case 'sarif':
      return (await import('./sarif.js')).sarif;
    case 'github':
      return (await import('./github.js')).github;
    case 'junit':
      return (await import('./junit.js')).junit;
  }
}
