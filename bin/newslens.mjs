#!/usr/bin/env node
// newslens CLI: analyze files, directories, globs or stdin with the WASM core.
// `newslens --help` prints the manual (bin/lib/args.mjs); the parts live in bin/lib/:
// args (command line), inputs (files, directories, globs), read (bounded reading and
// the text check), job (one input's work), pool (worker threads, input order), format
// (json, jsonl, text, csv, tsv), terminal (stdout backpressure, EPIPE, progress).
// Exit status: 0 ok (warnings included), 1 some input failed, 2 usage error.
import os from 'node:os';
import { createAnalyzer } from '../web/index.js';
import { compileWasm } from '../web/analyzer.js';
import { tagConll } from './conll.mjs';
import { HELP, USAGE, UsageError, coreOptions, parseArgs, settleFormat } from './lib/args.mjs';
import { expandInputs } from './lib/inputs.mjs';
import { readBounded, InputError } from './lib/read.mjs';
import { formatter } from './lib/format.mjs';
import { runJobs } from './lib/pool.mjs';
import { exitQuietlyOnClosedPipe, writer, progressLine } from './lib/terminal.mjs';

const WASM_URL = new URL('../dist/newslens.wasm', import.meta.url);
// A CoNLL file is analyzed sentence by sentence: it may be larger than one analysis.
const MAX_CONLL_BYTES = 256 * 1024 * 1024;
// Progress is shown for batches of more than this many files.
const PROGRESS_AFTER = 3;

function say(line) {
  process.stderr.write(`newslens: ${line}\n`);
}

async function tagCommand(args) {
  if (!args.conll || args.inputs.length !== 1) throw new UsageError('tag takes --conll and one FILE (or -)');
  let content;
  try {
    content = new TextDecoder('utf-8').decode(readBounded(args.inputs[0], MAX_CONLL_BYTES));
  } catch (error) {
    say(`${args.inputs[0]}: ${error.message}`);
    return 1;
  }
  const analyzer = await createAnalyzer();
  await writer()(tagConll(analyzer, content).map((line) => `${line}\n`).join(''));
  return 0;
}

// The jobs: one per file, standard input read here (a worker thread cannot).
function jobsFor(files) {
  return files.map((file, index) => {
    const job = { index, path: file.path, error: file.error };
    if (file.path === '-' && !file.error) {
      try {
        job.bytes = readBounded('-');
      } catch (error) {
        job.error = { code: error instanceof InputError ? error.code : 'unreadable', message: error.message };
      }
    }
    return job;
  });
}

async function analyzeCommand(args) {
  if (!args.inputs.length) throw new UsageError('analyze needs at least one FILE, DIR, GLOB or - (standard input)');
  const { files, batch } = expandInputs(args.inputs, args);
  const settings = { options: coreOptions(args.options, args.fields), format: settleFormat(args, batch), rows: args.rows, pretty: args.pretty,
    fields: args.fields, batch };
  const wasmModule = await compileWasm({}, WASM_URL);
  const analyzer = await createAnalyzer({ wasmModule });
  try {
    analyzer.analyze('', args.options); // bad options are a usage error, once, not one per file
  } catch (error) {
    if (error.code === 'bad_options') throw new UsageError(error.message);
    throw error;
  }
  const format = formatter(settings);
  const write = writer();
  const progress = progressLine(files.length, { enabled: !args.quiet && process.stderr.isTTY && files.length > PROGRESS_AFTER });
  let failed = 0;
  let printed = 0;
  let done = 0;
  await write(format.head);
  await runJobs(jobsFor(files), {
    threads: Math.min(args.jobs ?? os.availableParallelism(), files.length), analyzer, wasmModule, settings, format,
    deliver: async (result) => {
      progress.clear();
      if (result.error) {
        failed++;
        say(`${result.file}: ${result.error.message}`);
      } else if (!args.quiet) {
        for (const warning of result.warnings) say(`${result.file}: warning: ${warning}`);
      }
      if (result.output.length) {
        if (printed++) await write(format.separator);
        for (const piece of result.output) await write(piece);
      }
      progress.update(++done, result.file);
    },
  });
  progress.clear();
  await write(printed ? format.tail : format.emptyTail);
  return failed ? 1 : 0;
}

async function main(argv) {
  let args;
  try {
    args = parseArgs(argv);
    if (args.help) {
      await writer()(HELP);
      return 0;
    }
    if (args.version) {
      await writer()(`${(await createAnalyzer()).version}\n`);
      return 0;
    }
    if (args.command === 'analyze') return await analyzeCommand(args);
    if (args.command === 'tag') return await tagCommand(args);
    throw new UsageError(args.command ? `unknown command "${args.command}"` : 'no command given');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    say(`${error.message}\n${USAGE}\n(newslens --help for the manual)`);
    return 2;
  }
}

exitQuietlyOnClosedPipe();
process.exitCode = await main(process.argv.slice(2));
