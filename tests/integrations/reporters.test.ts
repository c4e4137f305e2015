import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { defineRule } from '../../rules/define.js';
import type { LintResult } from '../../src/engine/lint.js';
import { VERSION } from '../../src/meta.js';
import { annotation, escapeData, escapeProperty, github } from '../../src/reporters/github.js';
import { junit } from '../../src/reporters/junit.js';
import { sarif } from '../../src/reporters/sarif.js';
import { markdownSummary } from '../../src/reporters/summary.js';
import { reporters } from '../../src/reporters/index.js';
import { FORMAT_NAMES, loadReporter } from '../../src/reporters/load.js';
import type { ReportContext } from '../../src/reporters/types.js';
import type { Finding } from '../../src/types.js';
import { REPO_ROOT } from '../helpers.js';
import { tempTree } from '../temp.js';
import { runCli } from '../cli.js';
import { page } from './pages.js';

const ROOT = path.join(path.sep, 'work', 'repo');
const rules = [
  defineRule({
    meta: {
      id: 'file-not-found',
      family: 'links',
      description: 'A link points at a file that does not exist',
      severity: 'error',
      messages: {},
    },
  }),
  defineRule({
    meta: { id: 'ms-date-stale', family: 'metadata', description: 'ms.date is old', severity: 'warn', messages: {} },
  }),
];
const context: ReportContext = { cwd: path.join(ROOT, 'docs'), root: ROOT, color: false, quiet: false, rules };

function finding(
  ruleId: string,
  severity: 1 | 2,
  message: string,
  line: number,
  column: number,
  endLine: number,
  endColumn: number,
): Finding {
  return { ruleId, severity, message, line, column, endLine, endColumn };
}

/** Two files with findings (one with `,` and `:` in its name, messages needing escapes) and a clean one. */
const result: LintResult = {
  errorCount: 3,
  warningCount: 1,
  results: [
    {
      filePath: path.join(ROOT, 'docs', 'a.md'),
      path: 'a.md',
      docsetRoot: path.join(ROOT, 'docs'),
      errorCount: 2,
      warningCount: 1,
      findings: [
        finding('file-not-found', 2, "File 'b <&> c.md' not found: 100% gone,\r\nreally", 3, 5, 3, 19),
        finding('file-not-found', 2, "File 'd.md' not found", 7, 1, 7, 12),
        finding('ms-date-stale', 1, 'ms.date 01/02/2020 is old \u0001', 4, 10, 4, 20),
      ],
    },
    {
      filePath: path.join(ROOT, 'docs', 'clean.md'),
      path: 'clean.md',
      docsetRoot: path.join(ROOT, 'docs'),
      errorCount: 0,
      warningCount: 0,
      findings: [],
    },
    {
      filePath: path.join(ROOT, 'docs', 'we,ird:name.md'),
      path: 'we,ird:name.md',
      docsetRoot: path.join(ROOT, 'docs'),
      errorCount: 1,
      warningCount: 0,
      findings: [finding('file-not-found', 2, 'x', 1, 1, 1, 2)],
    },
  ],
};

describe('github format', () => {
  it('escapes data (%, CR, LF) and properties (also : and ,) as the Actions toolkit does', () => {
    expect(escapeData('100% a:b,c\r\nd')).toBe('100%25 a:b,c%0D%0Ad');
    expect(escapeProperty('100% a:b,c\r\nd')).toBe('100%25 a%3Ab%2Cc%0D%0Ad');
  });

  it('writes one workflow command per finding, paths relative to the workspace', () => {
    expect(github(result, context).split('\n')).toEqual([
      "::error file=docs/a.md,line=3,col=5,endLine=3,endColumn=19,title=file-not-found::File 'b <&> c.md' not found: 100%25 gone,%0D%0Areally",
      "::error file=docs/a.md,line=7,col=1,endLine=7,endColumn=12,title=file-not-found::File 'd.md' not found",
      '::warning file=docs/a.md,line=4,col=10,endLine=4,endColumn=20,title=ms-date-stale::ms.date 01/02/2020 is old \\u0001',
      '::error file=docs/we%2Cird%3Aname.md,line=1,col=1,endLine=1,endColumn=2,title=file-not-found::x',
      '',
    ]);
  });

  it('writes nothing when there is nothing to report', () => {
    expect(github({ results: [], errorCount: 0, warningCount: 0 }, context)).toBe('');
    expect(annotation('x.md', finding('r', 1, 'm', 1, 2, 3, 4))).toBe(
      '::warning file=x.md,line=1,col=2,endLine=3,endColumn=4,title=r::m',
    );
  });
});

describe('sarif format', () => {
  const log = JSON.parse(sarif(result, context)) as {
    version: string;
    runs: {
      tool: {
        driver: {
          name: string;
          version: string;
          rules: {
            id: string;
            shortDescription: { text: string };
            helpUri: string;
            defaultConfiguration: { level: string };
          }[];
        };
      };
      originalUriBaseIds: Record<string, { uri: string }>;
      results: {
        ruleId: string;
        ruleIndex: number;
        level: string;
        message: { text: string };
        locations: {
          physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> };
        }[];
      }[];
    }[];
  };

  it('has one run whose driver describes every rule', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const { driver } = log.runs[0]!.tool;
    expect(driver.name).toBe('faq-lint');
    expect(driver.version).toBe(VERSION);
    expect(driver.rules.map((r) => [r.id, r.shortDescription.text, r.helpUri, r.defaultConfiguration.level])).toEqual([
      [
        'file-not-found',
        'A link points at a file that does not exist',
        'https://github.com/faq-lint/faq-lint/blob/main/rules/links/file-not-found.md',
        'error',
      ],
      [
        'ms-date-stale',
        'ms.date is old',
        'https://github.com/faq-lint/faq-lint/blob/main/rules/metadata/ms-date-stale.md',
        'warning',
      ],
    ]);
  });

  it('gives each result its rule index, level, message and region, relative to %SRCROOT%', () => {
    const run = log.runs[0]!;
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/repo/' } });
    expect(
      run.results.map((r) => [
        r.ruleId,
        r.ruleIndex,
        r.level,
        r.message.text,
        r.locations[0]!.physicalLocation.artifactLocation,
        r.locations[0]!.physicalLocation.region,
      ]),
    ).toEqual([
      [
        'file-not-found',
        0,
        'error',
        "File 'b <&> c.md' not found: 100% gone,\r\nreally",
        { uri: 'docs/a.md', uriBaseId: '%SRCROOT%' },
        { startLine: 3, startColumn: 5, endLine: 3, endColumn: 19 },
      ],
      [
        'file-not-found',
        0,
        'error',
        "File 'd.md' not found",
        { uri: 'docs/a.md', uriBaseId: '%SRCROOT%' },
        { startLine: 7, startColumn: 1, endLine: 7, endColumn: 12 },
      ],
      [
        'ms-date-stale',
        1,
        'warning',
        'ms.date 01/02/2020 is old \u0001',
        { uri: 'docs/a.md', uriBaseId: '%SRCROOT%' },
        { startLine: 4, startColumn: 10, endLine: 4, endColumn: 20 },
      ],
      [
        'file-not-found',
        0,
        'error',
        'x',
        { uri: 'docs/we%2Cird%3Aname.md', uriBaseId: '%SRCROOT%' },
        { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
      ],
    ]);
  });

  it('gives a file outside the root an absolute file URI', () => {
    const outside: LintResult = {
      ...result,
      results: [{ ...result.results[2]!, filePath: path.join(path.sep, 'elsewhere', 'x y.md') }],
    };
    const location = (JSON.parse(sarif(outside, context)) as typeof log).runs[0]!.results[0]!.locations[0]!
      .physicalLocation.artifactLocation;
    expect(location).toEqual({ uri: 'file:///elsewhere/x%20y.md' });
  });
});

/** The SARIF 2.1.0 schema as Microsoft's validator package ships it (Linux build). */
const SCHEMA_FILE = path.join(REPO_ROOT, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'sarif-2.1.0.json');
const VALIDATOR = path.join(REPO_ROOT, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');
const POLICY = path.join(REPO_ROOT, 'tests', 'integrations', 'sarif-validator-policy.xml');
const validatorMissing = !existsSync(VALIDATOR) || !existsSync(SCHEMA_FILE);
if (validatorMissing)
  console.warn(`skipping SARIF validation: ${VALIDATOR} not installed (the validator ships for Linux x64 here)`);

function schemaValidator() {
  // ajv-formats knows every format the SARIF schema uses (uri, uri-reference, date-time, uuid).
  const ajv = addFormats.default(new Ajv2020({ strict: false, allErrors: true }));
  return ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
}

interface ValidatorResult {
  ruleId: string;
  level: string;
  message: { text?: string; id?: string; arguments?: string[] };
}

/** Run Microsoft's SARIF validator (`sarif validate`, offline by policy) on a file; its findings. */
function validate(file: string, ruleKinds = 'Sarif'): ValidatorResult[] {
  const output = `${file}.validation.sarif`;
  const run = spawnSync(
    VALIDATOR,
    [
      'validate',
      file,
      '--output',
      output,
      '--log',
      'ForceOverwrite',
      '--config',
      POLICY,
      '--rule-kind',
      ruleKinds,
      '--level',
      'Error;Warning',
    ],
    { encoding: 'utf8' },
  );
  expect(run.status, run.stdout + run.stderr).toBe(0);
  const log = JSON.parse(readFileSync(output, 'utf8')) as {
    runs: { results: ValidatorResult[]; invocations: { executionSuccessful: boolean }[] }[];
  };
  expect(log.runs[0]!.invocations[0]!.executionSuccessful).toBe(true);
  return log.runs[0]!.results;
}

describe.skipIf(validatorMissing)('sarif validation (needs @microsoft/sarif-multitool for Linux)', () => {
  it('passes the SARIF 2.1.0 JSON schema, and the schema check can fail', () => {
    const check = schemaValidator();
    expect(check(JSON.parse(sarif(result, context))), JSON.stringify(check.errors)).toBe(true);
    expect(check(JSON.parse(sarif({ results: [], errorCount: 0, warningCount: 0 }, context)))).toBe(true);
    const broken = JSON.parse(sarif(result, context)) as { runs: { results: { level: string }[] }[] };
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(check(broken)).toBe(false);
  });

  it("passes Microsoft's validator (SARIF and GitHub rules) with no errors or warnings, and the validator does catch a broken log", () => {
    const dir = tempTree({
      'good.sarif': sarif(result, { ...context, rules: [...rules, ...allRules] }),
      'broken.sarif': '{"version":"2.1.0","runs":[{"results":[]}]}',
    });
    expect(validate(path.join(dir, 'good.sarif'), 'Sarif;Gh')).toEqual([]);
    expect(validate(path.join(dir, 'broken.sarif')).map((r) => [r.ruleId, r.level])).toEqual([['JSON1002', 'error']]);
  });

  it('validates the CLI output of a real run, paths relative to the git work tree', () => {
    const dir = tempTree({
      'docs/docfx.json': '{}',
      'docs/a.md': page('A', '# A\n\n<!-- faq-lint-disable no-such-rule -->\n'),
      '.git/HEAD': 'ref: refs/heads/main\n',
    });
    const run = runCli(['docs', '--format', 'sarif:out/faq-lint.sarif', '--format', 'stylish'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("11:1 error Unknown rule 'no-such-rule' in faq-lint-disable inline-config-invalid\n");
    const file = path.join(dir, 'out', 'faq-lint.sarif');
    const log = JSON.parse(readFileSync(file, 'utf8')) as SarifShape;
    const ids = log.runs[0]!.tool.driver.rules.map((r) => r.id);
    expect(ids).toEqual(allRules.map((r) => r.meta.id));
    expect(
      log.runs[0]!.results.map((r) => [
        r.ruleId,
        ids[r.ruleIndex],
        r.locations[0]!.physicalLocation.artifactLocation.uri,
      ]),
    ).toEqual([['inline-config-invalid', 'inline-config-invalid', 'docs/a.md']]);
    expect(schemaValidator()(log)).toBe(true);
    expect(validate(file, 'Sarif;Gh')).toEqual([]);
  });
});
interface SarifShape {
  runs: {
    tool: { driver: { rules: { id: string }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
    }[];
  }[];
}

describe('junit format', () => {
  const xml = junit(result, context);
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    htmlEntities: true,
    isArray: (name) => ['testsuite', 'testcase', 'failure'].includes(name),
  }).parse(xml) as {
    testsuites: {
      tests: string;
      failures: string;
      testsuite: {
        name: string;
        tests: string;
        failures: string;
        testcase: { name: string; classname: string; failure?: { message: string; type: string; '#text': string }[] }[];
      }[];
    };
  };

  it('is well-formed XML (and the check rejects a broken document)', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(XMLValidator.validate(xml.replace('</testsuites>', ''))).not.toBe(true);
  });

  it('has a suite per file, a testcase per rule and file, a failure per finding with its position', () => {
    const { testsuites } = parsed;
    expect([testsuites.tests, testsuites.failures]).toEqual(['4', '3']);
    expect(
      testsuites.testsuite.map((s) => [
        s.name,
        s.tests,
        s.failures,
        s.testcase.map((c) => [c.classname, c.name, (c.failure ?? []).map((f) => [f.type, f.message, f['#text']])]),
      ]),
    ).toEqual([
      [
        'docs/a.md',
        '2',
        '2',
        [
          [
            'docs/a.md',
            'file-not-found',
            [
              [
                'error',
                "File 'b <&> c.md' not found: 100% gone,\r\nreally",
                "error: File 'b <&> c.md' not found: 100% gone,\r\nreally (file-not-found) at docs/a.md:3:5-3:19",
              ],
              ['error', "File 'd.md' not found", "error: File 'd.md' not found (file-not-found) at docs/a.md:7:1-7:12"],
            ],
          ],
          [
            'docs/a.md',
            'ms-date-stale',
            [
              [
                'warning',
                'ms.date 01/02/2020 is old \\u0001',
                'warning: ms.date 01/02/2020 is old \\u0001 (ms-date-stale) at docs/a.md:4:10-4:20',
              ],
            ],
          ],
        ],
      ],
      ['docs/clean.md', '1', '0', [['docs/clean.md', 'faq-lint', []]]],
      [
        'docs/we,ird:name.md',
        '1',
        '1',
        [
          [
            'docs/we,ird:name.md',
            'file-not-found',
            [['error', 'x', 'error: x (file-not-found) at docs/we,ird:name.md:1:1-1:2']],
          ],
        ],
      ],
    ]);
  });
});

describe('markdown summary', () => {
  it('tables counts per rule and links the first findings to their lines', () => {
    expect(markdownSummary(result, context, { blobUrl: 'https://github.com/o/r/blob/abc/' }).split('\n')).toEqual([
      '## faq-lint',
      '',
      '3 errors and 1 warning in 2 files (3 files linted).',
      '',
      '| Rule | Errors | Warnings |',
      '| --- | ---: | ---: |',
      '| `file-not-found` | 3 | 0 |',
      '| `ms-date-stale` | 0 | 1 |',
      '',
      'Findings:',
      '',
      "- **error** [docs/a.md:3:5](https://github.com/o/r/blob/abc/docs/a.md#L3) `file-not-found`: File 'b &lt;&amp;&gt; c.md' not found: 100% gone, really",
      "- **error** [docs/a.md:7:1](https://github.com/o/r/blob/abc/docs/a.md#L7) `file-not-found`: File 'd.md' not found",
      '- **warning** [docs/a.md:4:10](https://github.com/o/r/blob/abc/docs/a.md#L4) `ms-date-stale`: ms.date 01/02/2020 is old \\\\u0001',
      '- **error** [docs/we,ird:name.md:1:1](https://github.com/o/r/blob/abc/docs/we%2Cird%3Aname.md#L1) `file-not-found`: x',
      '',
    ]);
  });

  it('says so when there is nothing to report', () => {
    expect(markdownSummary({ results: [result.results[1]!], errorCount: 0, warningCount: 0 }, context)).toBe(
      '## faq-lint\n\nNo problems found in 1 file.\n',
    );
  });

  it('--summary writes it; with --format github it is appended to GITHUB_STEP_SUMMARY', () => {
    const dir = tempTree({
      'docfx.json': '{}',
      'a.md': page('A', '# A\n\n<!-- faq-lint-disable nope -->\n'),
      'summary.md': 'earlier step\n',
    });
    const run = runCli(['a.md', '--format', 'github', '--summary', 'own.md'], dir, {
      GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
      GITHUB_WORKSPACE: dir,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_SHA: 'abc',
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      "::error file=a.md,line=11,col=1,endLine=11,endColumn=31,title=inline-config-invalid::Unknown rule 'nope' in faq-lint-disable\n",
    );
    const own = readFileSync(path.join(dir, 'own.md'), 'utf8');
    expect(own).toContain(
      "- **error** [a.md:11:1](https://github.com/o/r/blob/abc/a.md#L11) `inline-config-invalid`: Unknown rule 'nope' in faq-lint-disable\n",
    );
    expect(readFileSync(path.join(dir, 'summary.md'), 'utf8')).toBe(`earlier step\n${own}\n`);
    // Without the github format the job summary is left alone.
    writeFileSync(path.join(dir, 'summary.md'), '');
    runCli(['a.md', '--format', 'json'], dir, { GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md') });
    expect(readFileSync(path.join(dir, 'summary.md'), 'utf8')).toBe('');
  });
});

describe('the formats the CLI loads on demand', () => {
  it('are the formats of the API, each loading its reporter with the same output', async () => {
    expect([...FORMAT_NAMES].sort()).toEqual(Object.keys(reporters).sort());
    const result: LintResult = { results: [], errorCount: 0, warningCount: 0, notes: [] };
    const context: ReportContext = { cwd: REPO_ROOT, root: REPO_ROOT, color: false, quiet: false, rules: allRules };
    for (const name of FORMAT_NAMES)
      expect((await loadReporter(name))(result, context)).toBe(reporters[name](result, context));
  });
});
