import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers.js';
import { applyFix, findingsOf, lintedAndFindings, METADATA_RULES } from './helpers.js';

const FIXTURE = 'metadata-ms-date';
const format = (value: string) => `Invalid date format for 'ms.date': '${value}'`;
// The fixed date is the finding's detail and fix (pinned by the --fix tests); the message names the bad value.
const fixable = (value: string, _fixed: string) => `Invalid date format for 'ms.date': '${value}'`;

describe('ms-date-invalid and ms-date-stale (today is 2026-11-26)', () => {
  it('pins every finding, judged by the source text (quoted or not, YAML dates stay text)', async () => {
    const rows = await lintFixture(FIXTURE, { onlyRules: METADATA_RULES });
    expect(rows).toEqual([
      {
        file: '31-days-ahead.md',
        line: 4,
        column: 10,
        ruleId: 'ms-date-invalid',
        message: "Value out of range for 'ms.date': '12/27/2026' is 31 days ahead",
      },
      {
        file: '366-days-old.md',
        line: 4,
        column: 10,
        ruleId: 'ms-date-stale',
        message: "ms.date '11/25/2025' is 366 days old (more than 365)",
      },
      {
        file: 'crlf-iso.md',
        line: 4,
        column: 10,
        ruleId: 'ms-date-invalid',
        message: fixable('2026-04-15', '04/15/2026'),
      },
      // ms.update-cycle: the page's own, then docfx.json's fileMetadata; an unreadable one counts as none.
      {
        file: 'cycle-180-days.md',
        line: 4,
        column: 10,
        ruleId: 'ms-date-stale',
        message: "ms.date '05/10/2026' is 200 days old (more than its 180-day update cycle)",
      },
      {
        file: 'cycle-unreadable.md',
        line: 4,
        column: 10,
        ruleId: 'ms-date-stale',
        message: "ms.date '10/01/2025' is 421 days old (more than 365)",
      },
      {
        file: 'cycle/inherited-stale.md',
        line: 4,
        column: 10,
        ruleId: 'ms-date-stale',
        message: "ms.date '09/16/2024' is 801 days old (more than its 730-day update cycle)",
      },
      {
        file: 'cycle/own-wins.md',
        line: 4,
        column: 10,
        ruleId: 'ms-date-stale',
        message: "ms.date '08/10/2026' is 108 days old (more than its 90-day update cycle)",
      },
      { file: 'datetime.md', line: 4, column: 10, ruleId: 'ms-date-invalid', message: format('2026-04-15T10:00:00Z') },
      {
        file: 'empty.md',
        line: 4,
        column: 1,
        ruleId: 'metadata-value-type',
        message: "'ms.date' contains null value: give it a value or remove the key",
      },
      {
        file: 'far-future.md',
        line: 4,
        column: 10,
        ruleId: 'ms-date-invalid',
        message: "Value out of range for 'ms.date': '01/01/2030' is 1132 days ahead",
      },
      {
        file: 'impossible-day.md',
        line: 4,
        column: 10,
        ruleId: 'ms-date-invalid',
        message: "Invalid date for 'ms.date': '02/30/2024' is not a day of the calendar",
      },
      { file: 'impossible-iso.md', line: 4, column: 10, ruleId: 'ms-date-invalid', message: format('2026-02-30') },
      {
        file: 'impossible-month.md',
        line: 4,
        column: 10,
        ruleId: 'ms-date-invalid',
        message: "Invalid date for 'ms.date': '13/01/2026' is not a day of the calendar",
      },
      // Include files: a wrong date is still wrong, but an old one is not stale (not a page).
      {
        file: 'includes/bad.md',
        line: 3,
        column: 10,
        ruleId: 'ms-date-invalid',
        message: fixable('2019-01-01', '01/01/2019'),
      },
      {
        file: 'iso-quoted.md',
        line: 4,
        column: 10,
        ruleId: 'ms-date-invalid',
        message: fixable('2026-04-15', '04/15/2026'),
      },
      {
        file: 'iso-unquoted.md',
        line: 4,
        column: 10,
        ruleId: 'ms-date-invalid',
        message: fixable('2026-04-15', '04/15/2026'),
      },
      {
        file: 'list.md',
        line: 4,
        column: 10,
        ruleId: 'metadata-value-type',
        message: "Expected type 'string' for 'ms.date' but got a list",
      },
      { file: 'number.md', line: 4, column: 10, ruleId: 'ms-date-invalid', message: format('20260415') },
      {
        file: 'stale.md',
        line: 4,
        column: 10,
        ruleId: 'ms-date-stale',
        message: "ms.date '04/15/2020' is 2416 days old (more than 365)",
      },
      { file: 'two-digit-year.md', line: 4, column: 10, ruleId: 'ms-date-invalid', message: format('4/6/22') },
      { file: 'words.md', line: 4, column: 10, ruleId: 'ms-date-invalid', message: format('April 15, 2026') },
      {
        file: 'year-first-slashes.md',
        line: 4,
        column: 10,
        ruleId: 'ms-date-invalid',
        message: fixable('2026/4/15', '04/15/2026'),
      },
    ]);
  });

  it('finds nothing in the right cases (M/D/YYYY, quotes, a comment, 30 days ahead, 365 days old, within a longer update cycle)', async () => {
    const { files, findings } = await lintedAndFindings(FIXTURE, ['right-*.md', 'includes/old.md', 'cycle/right-*.md']);
    expect(files).toHaveLength(10);
    expect(findings).toEqual([]);
  });

  it('fixes a year-first date inside its quotes, and keeps CRLF', async () => {
    const [quoted] = await findingsOf(FIXTURE, 'iso-quoted.md');
    expect(applyFix(FIXTURE, 'iso-quoted.md', quoted!)).toContain('ms.date: "04/15/2026"\n');
    const [plain] = await findingsOf(FIXTURE, 'iso-unquoted.md');
    expect(applyFix(FIXTURE, 'iso-unquoted.md', plain!)).toContain('ms.date: 04/15/2026\n');
    const [crlf] = await findingsOf(FIXTURE, 'crlf-iso.md');
    expect(applyFix(FIXTURE, 'crlf-iso.md', crlf!)).toContain('ms.date: 04/15/2026\r\n');
    const unfixable = await findingsOf(FIXTURE, 'two-digit-year.md');
    expect(unfixable.map((f) => f.fix)).toEqual([undefined]);
  });

  it('honours maxFutureDays and maxAgeDays', async () => {
    const rows = await lintFixture(FIXTURE, {
      patterns: ['31-days-ahead.md', 'right-365-days-old.md'],
      commandLineRules: {
        'ms-date-invalid': ['error', { maxFutureDays: 31 }],
        'ms-date-stale': ['warn', { maxAgeDays: 364 }],
      },
      onlyRules: METADATA_RULES,
    });
    expect(rows).toEqual([
      {
        file: 'right-365-days-old.md',
        line: 4,
        column: 10,
        ruleId: 'ms-date-stale',
        message: "ms.date '11/26/2025' is 365 days old (more than 364)",
      },
    ]);
  });

  it('takes today from FAQ_LINT_NOW when no now is given', async () => {
    const previous = process.env.FAQ_LINT_NOW;
    process.env.FAQ_LINT_NOW = '2030-01-01';
    try {
      const rows = await lintFixture(FIXTURE, {
        now: undefined,
        patterns: ['right-mm-dd-yyyy.md'],
        onlyRules: METADATA_RULES,
      });
      expect(rows).toEqual([
        {
          file: 'right-mm-dd-yyyy.md',
          line: 4,
          column: 10,
          ruleId: 'ms-date-stale',
          message: "ms.date '11/02/2026' is 1156 days old (more than 365)",
        },
      ]);
    } finally {
      if (previous === undefined) delete process.env.FAQ_LINT_NOW;
      else process.env.FAQ_LINT_NOW = previous;
    }
  });
});
