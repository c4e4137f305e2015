import { describe, expect, it } from 'vitest';
import { applyDirectives } from '../../src/engine/directives.js';
import { PARSERS } from '../../src/summary/parse-file.js';
import type { Finding } from '../../src/types.js';

const finding = (ruleId: string, line: number): Finding => ({
  ruleId,
  severity: 2,
  message: `${ruleId}@${line}`,
  line,
  column: 1,
  endLine: line,
  endColumn: 2,
});

/** Findings of rules a and b on every line 1..n; returns which survive the text's comments. */
function surviving(text: string, known = ['rule-a', 'rule-b']): string[] {
  const { directives } = PARSERS.markdown.parse('x.md', text).summary;
  const lines = text.split('\n').length;
  const findings = Array.from({ length: lines }, (_, i) => [finding('rule-a', i + 1), finding('rule-b', i + 1)]).flat();
  return applyDirectives(findings, directives, new Set(known), 'error').map((f) => f.message);
}

describe('inline configuration comments', () => {
  it('disable-next-line and disable-line silence one line, for the named rule only', () => {
    const text = ['<!-- faq-lint-disable-next-line rule-a -->', 'x', 'y <!-- faq-lint-disable-line rule-b -->'].join(
      '\n',
    );
    expect(surviving(text)).toEqual(['rule-a@1', 'rule-b@1', 'rule-b@2', 'rule-a@3']);
  });

  it('disable ... enable silences a range; without ids it applies to every rule', () => {
    const text = ['a', '<!-- faq-lint-disable -->', 'b', '<!-- faq-lint-enable -->', 'c'].join('\n');
    expect(surviving(text)).toEqual(['rule-a@1', 'rule-b@1', 'rule-a@4', 'rule-b@4', 'rule-a@5', 'rule-b@5']);
  });

  it('takes several ids separated by commas or spaces, and ignores a -- description', () => {
    const text = ['<!-- faq-lint-disable rule-a, rule-b -- legacy page -->', 'b'].join('\n');
    expect(surviving(text)).toEqual([]);
  });

  it('reports an unknown rule id in a comment', () => {
    const { directives } = PARSERS.markdown.parse(
      'x.md',
      'a\n\n<!-- faq-lint-disable-next-line no-such-rule -->\n',
    ).summary;
    expect(applyDirectives([], directives, new Set(['rule-a']), 'error')).toEqual([
      {
        ruleId: 'inline-config-invalid',
        severity: 2,
        messageId: 'unknownRule',
        data: { ruleId: 'no-such-rule', directive: 'disable-next-line' },
        message: "Unknown rule 'no-such-rule' in faq-lint-disable-next-line",
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 49,
      },
    ]);
  });

  it('leaves ordinary comments alone', () => {
    expect(PARSERS.markdown.parse('x.md', '<!-- faq-lint is great -->\n<!-- note -->\n').summary.directives).toEqual(
      [],
    );
  });
});
