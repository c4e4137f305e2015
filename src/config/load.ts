/** Find and load config files: from a file's folder upward, first found wins. */
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findRoots } from '../docset/root.js';
import { parseYaml as parseYamlDocument, yamlErrorRange } from '../parse/metadata.js';
import { parseJson } from '../source/json.js';
import { readBytes, resolvesInside, isWithin } from '../source/read.js';
import { readSource } from '../source/text.js';
import { MAX_YAML_ALIASES, yamlWords } from '../source/yaml.js';
import { jsonErrorMessage, jsonErrorPosition, keyPosition, positionAt } from './positions.js';
import type { Rule } from '../types.js';
import { ConfigError, type LoadedConfig } from './types.js';
import { validateConfig } from './validate.js';

/** Config file names, in the order they are looked for in each folder. */
export const CONFIG_FILE_NAMES = [
  'faq-lint.config.js',
  'faq-lint.config.mjs',
  '.faqlintrc.json',
  '.faqlintrc.yaml',
  '.faqlintrc.yml',
  'package.json',
] as const;

/** True for a config file that runs code when loaded. */
export const isJsConfig = (file: string): boolean => /\.(m?js|cjs)$/.test(path.basename(file));

/** How config files are loaded. */
export interface LoadOptions {
  /** The run's folder: a config file inside its repository must not be a symlink out of it. */
  cwd?: string;
  /**
   * False refuses JS config files (`--no-js-config`, the Action's `allow-js-config`): loading
   * one runs its code, and a pull request controls it. Default true.
   */
  allowJs?: boolean;
}

/**
 * An entry of that name that is not a folder: a regular file, or a symlink or special file that
 * reading will refuse with a reason (a config that cannot be read is an error, never skipped).
 */
const isCandidate = (file: string): boolean => {
  try {
    return !lstatSync(file).isDirectory();
  } catch {
    return false;
  }
};

/** The repository a config file belongs to (nothing it names may lie outside it). */
const repositoryOf = (dir: string, cwd: string | undefined): string => findRoots(dir, cwd).repoRoot;

/** Read one config file (any supported kind) and validate it. */
export async function loadConfigFile(
  file: string,
  rules: readonly Rule[],
  { cwd, allowJs = true }: LoadOptions = {},
): Promise<LoadedConfig> {
  const absolute = path.resolve(file);
  const base = path.basename(absolute);
  const dir = path.dirname(absolute);
  const repository = repositoryOf(dir, cwd);
  const unreadable = (reason: string): never => {
    throw new ConfigError(absolute, '', `cannot be read: ${reason}`);
  };
  let value: unknown;
  let text: string | undefined;
  if (isJsConfig(absolute)) {
    if (!allowJs)
      throw new ConfigError(
        absolute,
        '',
        "JS config files are refused in this run (--no-js-config, or the Action's allow-js-config): loading one runs its code. Use .faqlintrc.json or .faqlintrc.yaml",
      );
    // The same checks as any file (regular, inside the repository, size) before node runs it.
    const read = readBytes(absolute, { root: repository });
    if (!read.ok) unreadable(read.reason);
    try {
      value = ((await import(pathToFileURL(absolute).href)) as { default?: unknown }).default;
    } catch (error) {
      unreadable(
        `the module failed to load (${error instanceof Error ? error.name : 'error'}); run 'node ${base}' to see why`,
      );
    }
  } else {
    // Through the source module: regular files only, never a symlink out of the repository.
    const source = readSource(absolute, { root: repository });
    if (!source.ok) return unreadable(source.reason);
    text = source.text;
    if (/\.ya?ml$/.test(base)) value = parseYamlConfig(absolute, text);
    else {
      value = parseJsonConfig(absolute, text);
      if (base === 'package.json') value = (value as Record<string, unknown> | null)?.['faq-lint'];
    }
  }
  let config;
  try {
    config = validateConfig(value, absolute, rules);
  } catch (error) {
    if (!(error instanceof ConfigError) || text === undefined) throw error;
    throw new ConfigError(
      absolute,
      error.key,
      error.reason,
      keyPosition(text, error.key, base === 'package.json' ? ['faq-lint'] : []),
    );
  }
  if (config.docsetRoot !== undefined)
    checkDocsetRoot(path.resolve(dir, config.docsetRoot), config.docsetRoot, absolute, repository);
  return { path: absolute, dir, config };
}

/** `docsetRoot` may not name a folder outside the config's repository, lexically or through a symlink. */
function checkDocsetRoot(resolved: string, written: string, file: string, repository: string): void {
  if (!isWithin(resolved, repository))
    throw new ConfigError(
      file,
      'docsetRoot',
      `'${written}' is outside the repository (${repository}); the docset root must be inside it`,
    );
  let exists = true;
  try {
    lstatSync(resolved);
  } catch {
    exists = false;
  }
  if (exists && !resolvesInside(resolved, repository))
    throw new ConfigError(
      file,
      'docsetRoot',
      `'${written}' leads outside the repository through a symlink; the docset root must be inside it`,
    );
}

/**
 * A JSON config's value; a syntax error thrown as a ConfigError at its line and column, in the
 * parser's words but never the file's: V8 quotes the token it stopped at ("Unexpected token 'r'",
 * the first byte of a secret) and sometimes more.
 */
function parseJsonConfig(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const words = jsonErrorMessage(error instanceof Error ? error.message : String(error));
    throw new ConfigError(
      file,
      '',
      `invalid JSON: ${words.startsWith('Unexpected token') ? 'Unexpected character' : words}`,
      jsonErrorPosition(text),
    );
  }
}

/** A YAML config's value; its first syntax error thrown as a ConfigError where the problem starts. */
function parseYamlConfig(file: string, text: string): unknown {
  const doc = parseYamlDocument(text);
  const error = doc.errors[0];
  if (error) {
    const [from] = yamlErrorRange(doc, error, text);
    throw new ConfigError(file, '', `invalid YAML: ${yamlWords(error)}`, positionAt(text, from));
  }
  try {
    return doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) ?? {};
  } catch (problem) {
    // An alias bomb, or an alias with no anchor (whose message names the alias).
    throw new ConfigError(file, '', `invalid YAML: ${yamlWords(problem)}`);
  }
}

/** The config file that applies in `dir`: the nearest upward, stopping at `stopAt` if given. */
export function findConfigFile(dir: string, stopAt?: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(current, name);
      if (!isCandidate(candidate)) continue;
      if (name === 'package.json' && !hasPackageKey(candidate)) continue;
      return candidate;
    }
    const parent = path.dirname(current);
    if (parent === current || (stopAt && current === path.resolve(stopAt))) return undefined;
    current = parent;
  }
}

/** A package.json configures faq-lint only with a `faq-lint` key; an unreadable one is not a config. */
function hasPackageKey(file: string): boolean {
  // Only a package.json in its own folder (not a symlink elsewhere) is asked.
  const source = readSource(file, { root: path.dirname(file) });
  const parsed = source.ok ? parseJson(source.text) : undefined;
  return (
    !!parsed?.ok && typeof parsed.value === 'object' && parsed.value !== null && Object.hasOwn(parsed.value, 'faq-lint')
  );
}

/** Loads configs once per file and remembers the answer for each folder. */
export class ConfigLoader {
  private readonly byDir = new Map<string, string | undefined>();
  private readonly byFile = new Map<string, Promise<LoadedConfig>>();

  constructor(
    private readonly rules: readonly Rule[],
    /** `--config`: use this file for everything. */
    private readonly explicit?: string,
    /** `--no-config`: use none. */
    private readonly disabled = false,
    private readonly options: LoadOptions = {},
  ) {}

  /** The config for files in `dir`, or undefined when there is none. */
  async forDir(dir: string): Promise<LoadedConfig | undefined> {
    if (this.disabled) return undefined;
    let file = this.explicit;
    if (!file) {
      if (!this.byDir.has(dir)) this.byDir.set(dir, findConfigFile(dir));
      file = this.byDir.get(dir);
    }
    if (!file) return undefined;
    let loaded = this.byFile.get(file);
    if (!loaded) {
      loaded = loadConfigFile(file, this.rules, this.options);
      this.byFile.set(file, loaded);
    }
    return loaded;
  }
}
