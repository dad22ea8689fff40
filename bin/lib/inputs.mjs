// The CLI's inputs → the list of files to analyze: "-" (standard input), files as
// given, directories (their files; with -r their subdirectories' too) and quoted
// globs ('news/**/*.txt', for shells that do not expand them or lists too long for
// argv). Names are sorted by code point, so the order does not depend on the locale
// or on the file system. Hidden entries (".name") are skipped inside directories.
import fs from 'node:fs';
import path from 'node:path';

const GLOB_CHARS = /[*?[{]/;

function byName(a, b) {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

// Regular files under `dir` (symlinks to files followed; symlinked directories not
// descended into, so a link cycle cannot loop), recursively when `recursive`.
function filesIn(dir, recursive) {
  const out = [];
  const walk = (current) => {
    let entries;
    try {
      entries = fs.readdirSync(current, { withFileTypes: true });
    } catch (error) {
      out.push({ path: current, error });
      return;
    }
    for (const entry of entries.sort(byName)) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (recursive) walk(full);
      } else if (entry.isFile() || (entry.isSymbolicLink() && isFile(full))) {
        out.push({ path: full });
      }
    }
  };
  walk(dir);
  return out;
}

function isFile(file) {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * A glob pattern as a RegExp over '/'-separated relative paths: `**` any number of
 * directories, `*` and `?` within one name, `[abc]` / `[!abc]` classes, `{a,b}` choices.
 */
export function globToRegExp(pattern) {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      re += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) { re += '\\['; continue; }
      let body = pattern.slice(i + 1, close);
      if (body[0] === '!') body = `^${body.slice(1)}`;
      re += `[${body.replace(/[\\\]]/g, '\\$&')}]`;
      i = close;
    } else if (c === '{') {
      const close = pattern.indexOf('}', i);
      if (close < 0) { re += '\\{'; continue; }
      re += `(?:${pattern.slice(i + 1, close).split(',').map((alt) => globToRegExp(alt).source.slice(1, -1)).join('|')})`;
      i = close;
    } else re += c.replace(/[.+^$()|\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

// The files a glob matches: walked from its longest directory prefix without glob characters.
function globFiles(pattern) {
  const parts = pattern.split('/');
  const fixed = [];
  while (parts.length > 1 && !GLOB_CHARS.test(parts[0])) fixed.push(parts.shift());
  const base = fixed.length ? fixed.join('/') || '/' : '.';
  const matcher = globToRegExp(parts.join('/'));
  const deep = parts.length > 1 || parts[0].includes('**');
  return filesIn(base, deep)
    .filter((f) => !f.error && matcher.test(path.relative(base, f.path).split(path.sep).join('/')))
    .map((f) => ({ path: base === '.' ? path.relative('.', f.path) : f.path }));
}

/**
 * Expands the CLI's inputs into [{path, error?}] in input order ("-" stays "-"); an
 * input that names nothing comes back with an error ({code, message}) for the batch to
 * report. `batch` says whether the output is per file (several inputs, or any
 * directory or glob) rather than one document.
 */
export function expandInputs(inputs, { recursive }) {
  const files = [];
  let batch = inputs.length > 1;
  for (const input of inputs) {
    if (input === '-') { files.push({ path: '-' }); continue; }
    let stat = null;
    try {
      stat = fs.statSync(input);
    } catch {
      // not there: maybe a glob
    }
    if (stat?.isDirectory()) {
      batch = true;
      const found = filesIn(input, recursive);
      if (!found.length) {
        files.push({ path: input, error: { code: 'not_found', message: `no files in this directory${recursive ? '' : ' (-r: in its subdirectories too)'}` } });
      }
      for (const f of found) {
        files.push(f.error ? { path: f.path, error: { code: 'unreadable', message: f.error.message } } : f);
      }
    } else if (!stat && GLOB_CHARS.test(input)) {
      batch = true;
      const matched = globFiles(input);
      if (!matched.length) files.push({ path: input, error: { code: 'not_found', message: 'no file matches this pattern' } });
      files.push(...matched);
    } else {
      files.push({ path: input }); // a file, or a missing one (reported when read)
    }
  }
  return { files, batch };
}
