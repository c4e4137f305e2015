/**
 * `junit`: JUnit XML for CI test views. A `<testsuite>` per linted file, a `<testcase>` per
 * rule that reported in it (a clean file gets one passing `faq-lint` testcase), and a
 * `<failure>` per finding with its position, like ESLint's junit formatter: warnings fail too,
 * marked by the failure's `type`.
 */
import type { Finding } from '../types.js';
import { displayPath } from './paths.js';
import { fullMessage } from './message.js';
import type { Reporter } from './types.js';
import { xmlText } from './xml.js';

function failure(file: string, finding: Finding): string {
  const severity = finding.severity === 2 ? 'error' : 'warning';
  const where = `${file}:${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}`;
  const message = fullMessage(finding);
  return `      <failure message="${xmlText(message)}" type="${severity}">${xmlText(`${severity}: ${message} (${finding.ruleId}) at ${where}`)}</failure>`;
}

export const junit: Reporter = (result, context) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const file of result.results) {
    const shown = displayPath(file.filePath, context);
    const byRule = new Map<string, Finding[]>();
    for (const finding of file.findings) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
    const cases: string[] = [];
    for (const [ruleId, findings] of byRule) {
      cases.push(
        `    <testcase classname="${xmlText(shown)}" name="${xmlText(ruleId)}">`,
        ...findings.map((f) => failure(shown, f)),
        '    </testcase>',
      );
    }
    if (byRule.size === 0) cases.push(`    <testcase classname="${xmlText(shown)}" name="faq-lint"/>`);
    const count = Math.max(byRule.size, 1);
    tests += count;
    failures += byRule.size;
    suites.push(
      `  <testsuite name="${xmlText(shown)}" tests="${count}" failures="${byRule.size}" errors="0" skipped="0">`,
      ...cases,
      '  </testsuite>',
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="faq-lint" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
