/**
 * `sarif`: SARIF 2.1.0, the format GitHub code scanning uploads. One run; the tool driver
 * describes every rule (id, name, descriptions, help URI, default level); each result points
 * at its rule by index and at a region of a file given relative to `%SRCROOT%` (the report
 * root, normally the repository root), which `originalUriBaseIds` maps to a file URI.
 * Spec: https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 * GitHub's use: https://docs.github.com/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning
 */
import { pathToFileURL } from 'node:url';
import { REPOSITORY_URL, ruleDocUrl, VERSION } from '../meta.js';
import type { Finding } from '../types.js';
import { printableJson, wellFormed } from '../text/printable.js';
import { rootRelative } from './paths.js';
import { fullMessage } from './message.js';
import type { Reporter, ReportContext } from './types.js';

const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The base id results are relative to (the conventional name for a source root). */
export const SRCROOT = '%SRCROOT%';

/** `file-not-found` -> `FileNotFound`: SARIF's `name` is a PascalCase identifier. */
function ruleName(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __: string, c: string) => c.toUpperCase());
}

/** A docset-relative POSIX path as a relative URI reference: each segment percent-encoded. */
function relativeUri(relative: string): string {
  return wellFormed(relative).split('/').map(encodeURIComponent).join('/');
}

/** The root folder as a file URI ending with `/`, as `originalUriBaseIds` requires. */
function rootUri(root: string): string {
  const uri = pathToFileURL(root).href;
  return uri.endsWith('/') ? uri : `${uri}/`;
}

function level(finding: Finding): 'error' | 'warning' {
  return finding.severity === 2 ? 'error' : 'warning';
}

export const sarif: Reporter = (result, context: ReportContext) => {
  const root = context.root ?? context.cwd;
  const rules = context.rules.map((rule) => ({
    id: rule.meta.id,
    name: ruleName(rule.meta.id),
    shortDescription: { text: rule.meta.description },
    fullDescription: { text: `${rule.meta.description}. See ${ruleDocUrl(rule.meta.family, rule.meta.id)}` },
    helpUri: ruleDocUrl(rule.meta.family, rule.meta.id),
    help: { text: `See ${ruleDocUrl(rule.meta.family, rule.meta.id)}` },
    defaultConfiguration: {
      level: rule.meta.severity === 'error' ? 'error' : rule.meta.severity === 'warn' ? 'warning' : 'none',
      enabled: rule.meta.severity !== 'off',
    },
    properties: { family: rule.meta.family, fixable: rule.meta.fixable },
  }));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = result.results.flatMap((file) => {
    const relative = rootRelative(file.filePath, context);
    const artifactLocation =
      relative === undefined
        ? { uri: pathToFileURL(file.filePath).href }
        : { uri: relativeUri(relative), uriBaseId: SRCROOT };
    return file.findings.map((finding) => ({
      ruleId: finding.ruleId,
      ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
      level: level(finding),
      message: { text: fullMessage(finding) },
      locations: [
        {
          physicalLocation: {
            artifactLocation,
            region: {
              startLine: finding.line,
              startColumn: finding.column,
              endLine: finding.endLine,
              endColumn: finding.endColumn,
            },
          },
        },
      ],
    }));
  });
  const log = {
    $schema: SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'faq-lint',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: REPOSITORY_URL,
            rules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: rootUri(root) } },
        columnKind: 'utf16CodeUnits',
        results,
        // What the run could not check (e.g. bookmarks into pages that include an unavailable repository).
        properties: { notes: result.notes ?? [] },
      },
    ],
  };
  return `${printableJson(JSON.stringify(log, null, 2))}\n`;
};
