#!/usr/bin/env node
// newslens CLI: analyze files (or stdin) with the WASM core and print schema-1 JSON.
//   newslens analyze FILE|- [FILE…] [--pretty] [--key-points N]
//   newslens tag --conll FILE|-   (CoNLL-2003 columns in, one predicted BIO column added)
// One file prints one JSON document; several print JSON Lines, one per file, each
// with a "file" field. Exit status: 0 ok, 1 some input failed, 2 usage error.
import fs from 'node:fs';
import { createAnalyzer } from '../web/index.js';
import { tagConll } from './conll.mjs';

const USAGE = `usage: newslens analyze FILE|- [FILE...] [--pretty] [--key-points N]
       newslens tag --conll FILE|-
       newslens --version`;

function parseArgs(argv) {
  const args = { files: [], pretty: false, options: {} };
  const [command, ...rest] = argv;
  args.command = command;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--pretty') args.pretty = true;
    else if (arg === '--conll') args.conll = true;
    else if (arg === '--key-points') {
      const n = Number(rest[++i]);
      if (!Number.isInteger(n)) throw new Error('--key-points takes a whole number');
      args.options.keyPoints = n;
    } else if (arg.startsWith('--') ) throw new Error(`unknown option ${arg}`);
    else args.files.push(arg);
  }
  return args;
}

function readInput(file) {
  return fs.readFileSync(file === '-' ? 0 : file); // bytes: invalid UTF-8 is decoded with U+FFFD
}

async function main(argv) {
  if (argv[0] === '--version' || argv[0] === '-v') {
    const analyzer = await createAnalyzer();
    console.log(analyzer.version);
    return 0;
  }
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    console.error(`newslens: ${error.message}\n${USAGE}`);
    return 2;
  }
  if (args.command === 'tag' && args.conll && args.files.length === 1) {
    let content;
    try {
      content = new TextDecoder('utf-8').decode(readInput(args.files[0]));
    } catch (error) {
      console.error(`newslens: ${args.files[0]}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
      return 1;
    }
    const analyzer = await createAnalyzer();
    process.stdout.write(tagConll(analyzer, content).map((line) => `${line}\n`).join(''));
    return 0;
  }
  if (args.command !== 'analyze' || args.files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const analyzer = await createAnalyzer();
  const several = args.files.length > 1;
  let failed = 0;
  for (const file of args.files) {
    let output;
    try {
      const bytes = readInput(file);
      const result = analyzer.analyze(new TextDecoder('utf-8').decode(bytes), args.options);
      output = several ? { file, ...result } : result;
    } catch (error) {
      failed++;
      const reason = error.code === 'ENOENT' ? 'no such file' : error.code === 'EISDIR' ? 'is a directory' : error.message;
      console.error(`newslens: ${file}: ${reason}`);
      if (several) output = { file, error: { code: error.code || 'unreadable', message: reason } };
      else continue;
    }
    process.stdout.write(JSON.stringify(output, null, args.pretty && !several ? 2 : 0) + '\n');
  }
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
