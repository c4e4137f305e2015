/** Find and load config files: from a file's folder upward, first found wins. */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseYaml as parseYamlDocument, yamlErrorRange } from '../parse/metadata.js';
import { jsonErrorMessage, jsonErrorPosition, keyPosition, positionAt } from './positions.js';
import type { Rule } from '../types.js';
import { ConfigError, type LoadedConfig } from './types.js';
import { validateConfig } from './validate.js';

/** Config file names, in the order they are looked for in each folder. */
export const CONFIG_FILE_NAMES = ['faq-lint.config.js', 'faq-lint.config.mjs', '.faqlintrc.json', '.faqlintrc.yaml', '.faqlintrc.yml', 'package.json'] as const;

const isFile = (file: string): boolean => {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

/** Read one config file (any supported kind) and validate it. */
export async function loadConfigFile(file: string, rules: readonly Rule[]): Promise<LoadedConfig> {
  const absolute = path.resolve(file);
  const base = path.basename(absolute);
  let value: unknown;
  let text: string | undefined;
  try {
    if (/\.(m?js|cjs)$/.test(base)) {
      const module = (await import(pathToFileURL(absolute).href)) as { default?: unknown };
      value = module.default;
    } else {
      text = readFileSync(absolute, 'utf8');
      if (/\.ya?ml$/.test(base)) value = parseYamlConfig(absolute, text);
      else {
        value = JSON.parse(text);
        if (base === 'package.json') value = (value as Record<string, unknown>)['faq-lint'];
      }
    }
  } catch (error) {
    throw error instanceof ConfigError ? error : syntaxError(absolute, text, error);
  }
  try {
    return { path: absolute, dir: path.dirname(absolute), config: validateConfig(value, absolute, rules) };
  } catch (error) {
    if (!(error instanceof ConfigError) || text === undefined) throw error;
    throw new ConfigError(absolute, error.key, error.reason, keyPosition(text, error.key, base === 'package.json' ? ['faq-lint'] : []));
  }
}

/** A YAML config's value; its first syntax error thrown as a ConfigError where the problem starts. */
function parseYamlConfig(file: string, text: string): unknown {
  const doc = parseYamlDocument(text);
  const error = doc.errors[0];
  if (error) {
    const [from] = yamlErrorRange(doc, error, text);
    throw new ConfigError(file, '', `invalid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, positionAt(text, from));
  }
  return doc.toJS({ maxAliasCount: 100 }) ?? {};
}

/** A config that cannot be parsed: the parser's message, at its line and column when it gives one. */
function syntaxError(file: string, text: string | undefined, error: unknown): ConfigError {
  if (error instanceof SyntaxError && text !== undefined) return new ConfigError(file, '', `invalid JSON: ${jsonErrorMessage(error.message)}`, jsonErrorPosition(text));
  return new ConfigError(file, '', `cannot be read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
}

/** The config file that applies in `dir`: the nearest upward, stopping at `stopAt` if given. */
export function findConfigFile(dir: string, stopAt?: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(current, name);
      if (!isFile(candidate)) continue;
      if (name === 'package.json' && !hasPackageKey(candidate)) continue;
      return candidate;
    }
    const parent = path.dirname(current);
    if (parent === current || (stopAt && current === path.resolve(stopAt))) return undefined;
    current = parent;
  }
}

function hasPackageKey(file: string): boolean {
  try {
    return Object.hasOwn(JSON.parse(readFileSync(file, 'utf8')) as object, 'faq-lint');
  } catch {
    return false;
  }
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
      loaded = loadConfigFile(file, this.rules);
      this.byFile.set(file, loaded);
    }
    return loaded;
  }
}
