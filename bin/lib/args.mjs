// Command-line parsing for bin/newslens.mjs: the usage text (`--help`) and argv → a
// plain settings object. No I/O here; every refusal is a UsageError (exit status 2).

export const FORMATS = ['json', 'jsonl', 'text', 'csv', 'tsv'];
export const ROWS = ['entities', 'mentions', 'quotes', 'key-points'];
// Top-level parts of an output record, in the order they are printed: what a reader
// looks at first, then the bulky offsets, then the decoded text they refer to.
export const PARTS = ['file', 'error', 'warnings', 'schema', 'stats', 'entities', 'keyPoints', 'quotes', 'keywords',
  'mentions', 'sentences', 'timing', 'text'];

export const HELP = `NAME
    newslens - people, places, organizations, dates, quotes and key points in news articles

SYNOPSIS
    newslens analyze [OPTION]... FILE|DIR|GLOB|- ...
    newslens tag --conll FILE|-
    newslens --help | --version

DESCRIPTION
    analyze reads each input as UTF-8 text (at most 16 MiB) and prints what the NewsLens
    engine finds in it: entities grouped and ranked, their mentions, key points, quotes and
    their speakers, keywords. "-" reads standard input. A directory stands for the files in
    it (with -r, in its subdirectories too; hidden files are skipped); a quoted GLOB such as
    'news/**/*.txt' for the files it matches. Outputs come in input order, whatever --jobs.

    Every offset (start, end) is a UTF-16 index into the decoded text, which JSON output
    carries as "text": a UTF-8 byte-order mark is dropped and invalid bytes become U+FFFD.

    Inputs that cannot be analyzed are reported on standard error and the batch goes on:
    files that are missing, binary (a NUL byte in the first 8 KiB, UTF-16, or more than 10 %
    of the bytes not UTF-8) or larger than 16 MiB. Empty files and files with some invalid
    UTF-8 are analyzed, with a warning.

    tag --conll reads CoNLL-2003 columns and prints each line with one more column: the
    predicted BIO tag (PER, ORG, LOC, MISC), for conlleval-style scoring.

OPTIONS
    -f, --format FORMAT
        json   one JSON document; with several inputs, a JSON array (default with --pretty)
        jsonl  one JSON object a line, each with "file" (default with several inputs)
        text   readable summary: entities by type with counts, key points, quotes, keywords
        csv    one row per entity (see --rows), RFC 4180 quoting, CRLF line ends
        tsv    the same, tab-separated; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\
    --rows entities|mentions|quotes|key-points
        what a csv/tsv row is (default: entities)
    --pretty
        indented JSON (implies --format json: several inputs make one array)
    --fields LIST
        JSON parts to print, comma-separated (entities,keyPoints), or to leave out when
        every name starts with "-" (-sentences,-mentions,-text). Parts: ${PARTS.filter((p) => p !== 'error' && p !== 'warnings').join(', ')}
    --key-points N
        number of key points, 0 to 50 (default: 3)
    --keywords N
        number of keywords (default: 10)
    --option NAME=VALUE
        any analyze() option by its API name; VALUE is read as JSON when it parses, else as
        a string (--option keyPoints=3). Repeatable.
    -r, --recursive
        descend into the subdirectories of directory inputs
    -j, --jobs N
        analyze N files at a time in worker threads (default: the number of CPU cores)
    -q, --quiet
        no warnings and no progress line (errors are still reported)
    -h, --help
        this text
    -V, --version
        the engine's version

    With more than a few files and standard error on a terminal, a progress line is shown there.

EXIT STATUS
    0  every input analyzed (warnings included)
    1  at least one input could not be analyzed
    2  usage error

EXAMPLES
    newslens analyze article.txt --pretty --fields -sentences,-mentions,-text
    newslens analyze -r news/ --format csv --rows quotes > quotes.csv
    newslens analyze 'news/**/*.txt' -f jsonl -j 4 | jq -r '.entities[0].name'
    curl -s https://example.com/a.txt | newslens analyze - -f text
`;

export const USAGE = `usage: newslens analyze [OPTION]... FILE|DIR|GLOB|- ...
       newslens tag --conll FILE|-
       newslens --help`;

/** A command-line mistake: reported with the short usage, exit status 2. */
export class UsageError extends Error {}

function wholeNumber(flag, value) {
  if (value === undefined || !/^-?\d+$/.test(value)) throw new UsageError(`${flag} takes a whole number, not ${value === undefined ? 'nothing' : `"${value}"`}`);
  return Number(value);
}

function oneOf(flag, value, allowed) {
  if (!allowed.includes(value)) throw new UsageError(`${flag} takes one of ${allowed.join(', ')}, not "${value ?? ''}"`);
  return value;
}

function parseFields(value) {
  const names = String(value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (!names.length) throw new UsageError('--fields takes a comma-separated list of parts');
  const drop = names.every((n) => n.startsWith('-'));
  if (!drop && names.some((n) => n.startsWith('-'))) throw new UsageError('--fields: list parts to keep, or parts to drop (each with "-"), not both');
  const bare = names.map((n) => n.replace(/^-/, ''));
  const unknown = bare.filter((n) => !PARTS.includes(n));
  if (unknown.length) throw new UsageError(`--fields: no part named ${unknown.join(', ')} (parts: ${PARTS.join(', ')})`);
  return { drop, names: new Set(bare) };
}

// Parts the core can leave out itself (its options.fields), so a dropped part is never computed.
const CORE_PARTS = ['stats', 'sentences', 'mentions', 'entities', 'keyPoints', 'quotes', 'keywords'];

/** API options for `--fields`: the kept core parts as options.fields, unless the caller set it. */
export function coreOptions(options, fields) {
  if (!fields || options.fields !== undefined) return options;
  return { ...options, fields: CORE_PARTS.filter((p) => fields.names.has(p) !== fields.drop) };
}

function parseOption(value) {
  const match = /^([A-Za-z_$][\w$]*)=(.*)$/s.exec(value ?? '');
  if (!match) throw new UsageError(`--option takes NAME=VALUE, not "${value ?? ''}"`);
  let parsed;
  try {
    parsed = JSON.parse(match[2]);
  } catch {
    parsed = match[2];
  }
  return [match[1], parsed];
}

// Flags that take a value: name → how the value lands in `args`.
const VALUED = {
  '--format': (args, v, f) => { args.format = oneOf(f, v, FORMATS); },
  '-f': (args, v, f) => { args.format = oneOf(f, v, FORMATS); },
  '--rows': (args, v, f) => { args.rows = oneOf(f, v, ROWS); },
  '--fields': (args, v) => { args.fields = parseFields(v); },
  '--key-points': (args, v, f) => { args.options.keyPoints = wholeNumber(f, v); },
  '--keywords': (args, v, f) => { args.options.keywords = wholeNumber(f, v); },
  '--option': (args, v) => { const [k, value] = parseOption(v); args.options[k] = value; },
  '--jobs': (args, v, f) => { args.jobs = wholeNumber(f, v); if (args.jobs < 1) throw new UsageError(`${f} takes 1 or more`); },
  '-j': (args, v, f) => VALUED['--jobs'](args, v, f),
};
const SWITCHES = {
  '--pretty': (args) => { args.pretty = true; },
  '--conll': (args) => { args.conll = true; },
  '--recursive': (args) => { args.recursive = true; },
  '-r': (args) => { args.recursive = true; },
  '--quiet': (args) => { args.quiet = true; },
  '-q': (args) => { args.quiet = true; },
  '--help': (args) => { args.help = true; },
  '-h': (args) => { args.help = true; },
  '--version': (args) => { args.version = true; },
  '-V': (args) => { args.version = true; },
  '-v': (args) => { args.version = true; },
};

// "-rq" → ["-r", "-q"]; "-j4" → ["-j", "4"]; "--jobs=4" → ["--jobs", "4"].
function splitArg(arg) {
  if (arg.startsWith('--')) {
    const eq = arg.indexOf('=');
    return eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg];
  }
  if (arg.length > 2 && arg[0] === '-' && VALUED[arg.slice(0, 2)]) return [arg.slice(0, 2), arg.slice(2)];
  if (arg.length > 2 && arg[0] === '-') return [...arg.slice(1)].map((c) => `-${c}`);
  return [arg];
}

/**
 * Parses argv (without node and the script) into settings; throws UsageError.
 * Inputs are kept as given; `format` is settled here from --pretty and the input count.
 */
export function parseArgs(argv) {
  const args = { command: null, inputs: [], options: {}, format: null, rows: 'entities', fields: null,
    pretty: false, conll: false, recursive: false, quiet: false, help: false, version: false, jobs: null };
  let onlyInputs = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyInputs || arg === '-' || !arg.startsWith('-')) {
      if (args.command === null && !onlyInputs) args.command = arg;
      else args.inputs.push(arg);
      continue;
    }
    if (arg === '--') { onlyInputs = true; continue; }
    const [flag, inline] = splitArg(arg);
    const rest = splitArg(arg).slice(1);
    if (VALUED[flag]) {
      VALUED[flag](args, inline !== undefined ? inline : argv[++i], flag);
    } else if (SWITCHES[flag] && (rest.length === 0 || rest.every((r) => SWITCHES[r]))) {
      for (const s of [flag, ...rest]) SWITCHES[s](args);
    } else {
      throw new UsageError(`unknown option ${arg}`);
    }
  }
  if (args.command === 'help') args.help = true;
  return args;
}

/** The output format: as given, else json for --pretty or one plain file, jsonl for a batch. */
export function settleFormat(args, batch) {
  if (args.pretty && args.format && args.format !== 'json') {
    throw new UsageError(`--pretty is for JSON output (--format json), not ${args.format}`);
  }
  const format = args.format ?? (args.pretty || !batch ? 'json' : 'jsonl');
  if (args.fields && !['json', 'jsonl'].includes(format)) throw new UsageError(`--fields is for json and jsonl output, not ${format}`);
  return format;
}
