/** The config file's shape (see schema/config.schema.json) and its resolved, per-file form. */
import type { RuleOptions, Severity } from '../types.js';

/** How a config sets one rule: a severity, or a severity with options. */
export type RuleSetting = Severity | 0 | 1 | 2 | [Severity | 0 | 1 | 2, RuleOptions?];

/** What a config file holds. Every key is optional. */
export interface ConfigFile {
  /** Presets to start from; `faq-lint:recommended` (every rule at its default) is the default. */
  extends?: string[];
  /** Rule settings by rule id. */
  rules?: Record<string, RuleSetting>;
  /** Rule settings for files matching `files` globs (relative to the config file's folder). */
  overrides?: { files: string[]; rules: Record<string, RuleSetting> }[];
  /** Globs (relative to the config file's folder) of files never linted. */
  ignores?: string[];
  /** The docset root, relative to the config file's folder; found automatically when absent. */
  docsetRoot?: string;
  /** Site-relative prefixes mapped to docset folders: `{"/azure/": "articles/"}`. */
  sitePrefixes?: Record<string, string>;
  /**
   * Clones of the publishing config's dependent repositories, by `path_to_root`, relative to the
   * config file's folder: `{"reusable-content": "../reusable-content"}`.
   */
  dependentRepositories?: Record<string, string>;
}

/** A config file found and validated, with where it came from. */
export interface LoadedConfig {
  /** Absolute path of the file (for `package.json`, the package.json). */
  path: string;
  /** Folder that relative globs and paths in it are relative to. */
  dir: string;
  config: ConfigFile;
}

/** One rule as it applies to one file. */
export interface ResolvedRule {
  severity: Exclude<Severity, 'off'>;
  options: RuleOptions;
}

/** Everything the config decides for one file: enabled rules with options. Serialisable. */
export interface ResolvedConfig {
  rules: Record<string, ResolvedRule>;
  sitePrefixes: Record<string, string>;
}

/**
 * A problem in a config file: reported with exit code 2, naming the file, the line and column
 * when known (`file:3:5: key: problem`, as compilers and editors show them) and the key.
 */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    /** The problem alone, without file or key. */
    readonly reason: string,
    readonly position?: { line: number; column: number },
  ) {
    super(`${file}${position ? `:${position.line}:${position.column}` : ''}: ${key ? `${key}: ` : ''}${reason}`);
    this.name = 'ConfigError';
  }
}
