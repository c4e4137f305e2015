/**
 * The server's settings (section `faqLint`), from the client's configuration or its
 * initialization options; unknown or ill-typed values fall back to the defaults.
 */

export interface Settings {
  /**
   * A config file used for every file (the CLI's `--config`), relative to the workspace folder;
   * '' (default): config files are found as the CLI finds them.
   */
  config: string;
  /**
   * The rules whose findings are shown while a file has unsaved edits; `['*']` (default): all.
   * The others are shown when the file is opened or saved (as ESLint's `run: onSave`), for rules
   * that would flash while a path is half typed.
   */
  rulesOnType: string[];
  /** Reuse the CLI's cache while indexing (default true). */
  cache: boolean;
}

export const DEFAULT_SETTINGS: Settings = { config: '', rulesOnType: ['*'], cache: true };

/** Settings from whatever the client sent (`faqLint` section, or an object holding one). */
export function readSettings(value: unknown): Settings {
  const section = isRecord(value) && isRecord(value.faqLint) ? value.faqLint : value;
  if (!isRecord(section)) return { ...DEFAULT_SETTINGS };
  const { config, rulesOnType, cache } = section;
  return {
    config: typeof config === 'string' ? config : DEFAULT_SETTINGS.config,
    rulesOnType:
      Array.isArray(rulesOnType) && rulesOnType.every((id) => typeof id === 'string')
        ? rulesOnType
        : DEFAULT_SETTINGS.rulesOnType,
    cache: typeof cache === 'boolean' ? cache : DEFAULT_SETTINGS.cache,
  };
}

/** True when `ruleId` is shown while a file has unsaved edits. */
export function shownOnType(settings: Settings, ruleId: string): boolean {
  return settings.rulesOnType.includes('*') || settings.rulesOnType.includes(ruleId);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
