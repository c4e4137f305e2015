/** The `--help` text. Kept next to the options it describes (args.ts). */
export const HELP = `Usage: faq-lint [options] [paths or globs...]

Lint Microsoft Learn-style (DocFX) Markdown docsets. Paths default to the current folder;
folders expand to their .md files (and structured FAQ .yml files), honouring .gitignore;
a file or folder named here is linted even when .gitignore lists it.

Output:
  -f, --format <name[:file]>  stylish (default), json, json-with-metadata, sarif, github or
                              junit; repeat for several outputs (--format stylish
                              --format sarif:out.sarif)
  -o, --output-file <file>    write the output to a file instead of stdout
  -q, --quiet                 report errors only
      --max-warnings <n>      exit 1 when there are more than n warnings (said on stderr)
      --summary <file>        also write a Markdown summary (counts per rule, first findings);
                              with --format github it goes to $GITHUB_STEP_SUMMARY when set

Changed files:
      --changed-since <ref>   lint only files changed against a git ref (committed, staged,
                              unstaged, untracked), plus files whose links the change breaks
      --staged                the same for the staged changes (against HEAD): for pre-commit

Fixing:
      --fix                   apply the fixable rules' fixes and write the files that change
                              (atomically; BOM, line endings and mode kept), then report the
                              rest and say what was fixed ("Fixed 7 problems in 3 files; 4 remain")
      --fix-dry-run           print the fixes as a unified diff on stdout; write nothing

Rules and config:
      --rule <id:severity>    set a rule's severity (off, warn, error); repeatable
  -c, --config <file>         use this config file for every file
      --no-config             ignore config files
      --no-js-config          refuse JS config files (loading one runs its code; see
                              docs/security.md)
      --print-config <file>   print what applies to a file (config file, docset root,
                              docfx.json metadata, each rule and where it was set)
      --list-rules            list rules with default severity and description
      --now <YYYY-MM-DD>      the date to judge ms.date against (default: today, or FAQ_LINT_NOW)
      --init                  write a starter .faqlintrc.json here (never overwrites)

Speed:
      --cache                 reuse per-file results of earlier runs for unchanged files
      --cache-location <dir>  cache folder (default: node_modules/.cache/faq-lint when a
                              node_modules folder exists, else the user cache folder)
      --no-progress           no progress line (it shows on a terminal, after 2 s, never in CI)
      --file-time-limit <s>   stop linting a file after s seconds (default 30): it gets one
                              file-too-complex finding and the run goes on

Editors:
      --lsp                   run the language server on stdin/stdout (VS Code, Neovim and any
                              LSP client; see docs/editors.md)

  -v, --version               print the version
  -h, --help                  print this help

Colours: only on a terminal; NO_COLOR turns them off, FORCE_COLOR on.

Exit codes: 0 no errors (warnings within --max-warnings), 1 lint errors, 2 usage, config or
internal failure.`;
