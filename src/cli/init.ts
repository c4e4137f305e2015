/** `faq-lint --init`: a starter `.faqlintrc.json` in the working folder, never over an existing one. */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The starter config: the recommended rules, and the two places people adjust first. */
export const STARTER_CONFIG = {
  $schema: './node_modules/faq-lint/schema/config.schema.json',
  extends: ['faq-lint:recommended'],
  rules: {},
  ignores: [],
};

/** Write `.faqlintrc.json` in `dir`. Refuses (ok: false) when one exists. */
export function writeStarterConfig(dir: string): { ok: boolean; message: string } {
  const file = path.join(dir, '.faqlintrc.json');
  if (existsSync(file)) return { ok: false, message: `${file} already exists; not overwriting it` };
  try {
    // 'wx' fails if the file appeared since the check: never overwrite.
    writeFileSync(file, `${JSON.stringify(STARTER_CONFIG, null, 2)}\n`, { flag: 'wx' });
  } catch (error) {
    return { ok: false, message: `cannot write ${file}: ${(error as Error).message}` };
  }
  return { ok: true, message: `Wrote ${file}` };
}
