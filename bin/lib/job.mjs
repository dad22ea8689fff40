// One input's work for `newslens analyze`, the same on the main thread and in a
// worker thread: read (bounded), check it is text, decode, analyze, format. Never
// throws: a refusal becomes the record's error, for the batch to report and go on.
import { readBounded, decodeText, InputError } from './read.mjs';

/**
 * Runs `job` ({index, path, bytes?, error?}) with `analyzer` and the parsed options;
 * returns {index, file, output, warnings, error}: `output` the formatted record as
 * pieces to print in order (none when it prints nothing), `error` null or {code, message}.
 */
export function runJob(analyzer, job, options, format) {
  const record = { file: job.path, warnings: [] };
  try {
    if (job.error) throw new InputError(job.error.code, job.error.message);
    const bytes = job.bytes ? Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength) : readBounded(job.path);
    const { text, warnings } = decodeText(bytes);
    record.warnings = warnings;
    const result = analyzer.analyze(text, options);
    // The string every offset refers to (a BOM dropped, invalid bytes as U+FFFD).
    result.text = text;
    record.result = result;
  } catch (error) {
    record.error = { code: error.code || 'internal', message: String(error.message || error) };
  }
  let output;
  try {
    output = [format.record(record)].flat().filter((piece) => piece !== '');
  } catch (error) { // e.g. a result too large to print
    record.error = { code: 'internal', message: `could not print the result: ${error.message}` };
    output = [];
  }
  return { index: job.index, file: record.file, output, warnings: record.warnings, error: record.error ?? null };
}
