// Reading one input for the CLI: at most limit + 1 bytes, streamed, so that
// /dev/zero or a 1 GiB (sparse) file costs 16 MiB and a fraction of a second, not
// its size; then the text check: binary input is refused, empty input and input with
// a few invalid UTF-8 bytes get a warning. Refusals are InputError with a stable code.
import fs from 'node:fs';
import { MAX_INPUT_BYTES } from '../../web/index.js';

const CHUNK = 1 << 16;
// Within the first 8 KiB, a NUL byte means binary (git's and grep's test: text has none).
const SNIFF_BYTES = 8192;
// More invalid UTF-8 than this share of the bytes is not text in another encoding
// (Latin-1 prose is a few per cent), but something else.
const MAX_INVALID_SHARE = 0.1;

/** A refused input: `code` is stable ('not_found', 'unreadable', 'input_too_large', 'binary'). */
export class InputError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

function tooLarge(limit) {
  return new InputError('input_too_large', `too large: more than ${limit} bytes (the limit is ${limit / 1048576} MiB of UTF-8)`);
}

function describeFsError(error) {
  if (error.code === 'ENOENT') return new InputError('not_found', 'no such file');
  if (error.code === 'EISDIR') return new InputError('unreadable', 'is a directory');
  if (error.code === 'EACCES' || error.code === 'EPERM') return new InputError('unreadable', 'permission denied');
  return new InputError('unreadable', error.message);
}

/**
 * The bytes of `file` ('-': standard input), reading at most `limit` + 1 of them:
 * a regular file whose size is over the limit is refused before any read. Throws InputError.
 */
export function readBounded(file, limit = MAX_INPUT_BYTES) {
  let fd;
  try {
    fd = file === '-' ? 0 : fs.openSync(file, 'r');
  } catch (error) {
    throw describeFsError(error);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw new InputError('unreadable', 'is a directory');
    if (stat.isFile() && stat.size > limit) throw tooLarge(limit);
    // Regular files: one buffer of their size (+1, to see growth); others grow as they stream.
    let buffer = Buffer.allocUnsafe(stat.isFile() ? stat.size + 1 : CHUNK);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      let read;
      try {
        read = fs.readSync(fd, buffer, length, buffer.length - length, null);
      } catch (error) {
        if (error.code === 'EAGAIN') continue; // a non-blocking pipe with nothing yet
        if (error.code === 'EOF') break;
        throw describeFsError(error);
      }
      if (read === 0) break;
      length += read;
      if (length > limit) throw tooLarge(limit);
    }
    return buffer.subarray(0, length);
  } finally {
    if (fd !== 0) fs.closeSync(fd);
  }
}

// Invalid UTF-8 sequences in `bytes`: U+FFFD the decoder wrote, less those the bytes spelled.
function invalidSequences(bytes, text) {
  let decoded = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) decoded++;
  if (decoded === 0) return 0;
  let literal = 0;
  const replacement = Buffer.from([0xef, 0xbf, 0xbd]);
  for (let i = bytes.indexOf(replacement); i >= 0; i = bytes.indexOf(replacement, i + 3)) literal++;
  return decoded - literal;
}

/**
 * Decodes input bytes as UTF-8 (a BOM dropped, invalid bytes as U+FFFD) after the text
 * check. Returns {text, warnings}; throws InputError 'binary' for binary input.
 */
export function decodeText(bytes) {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new InputError('binary', 'UTF-16 text: NewsLens reads UTF-8 (convert it, e.g. iconv -f UTF-16 -t UTF-8)');
  }
  if (head.includes(0)) throw new InputError('binary', 'binary file (it has NUL bytes): not analyzed');
  const text = new TextDecoder('utf-8').decode(bytes);
  const warnings = [];
  const invalid = invalidSequences(bytes, text);
  if (invalid > bytes.length * MAX_INVALID_SHARE) {
    throw new InputError('binary', `not UTF-8 text (${invalid} invalid sequences in ${bytes.length} bytes): not analyzed`);
  }
  if (invalid) warnings.push(`${invalid} invalid UTF-8 sequence${invalid > 1 ? 's' : ''} read as U+FFFD`);
  if (bytes.length === 0) warnings.push('empty file');
  else if (text.trim() === '') warnings.push('no text (whitespace only)');
  return { text, warnings };
}
