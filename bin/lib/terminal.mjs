// Standard output and error for the CLI: writes that wait for 'drain' (so a slow
// reader bounds memory), a quiet exit when the reader goes away (`| head -1`: EPIPE),
// and a progress line on a terminal's standard error.

/** Exits with status 0, quietly, once standard output is closed by its reader. */
export function exitQuietlyOnClosedPipe(stream = process.stdout) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') process.exit(0);
    throw error;
  });
}

/** write(text) → a promise that resolves once `stream` can take more. */
export function writer(stream = process.stdout) {
  return (text) => new Promise((resolve) => {
    if (!text) return resolve();
    if (stream.write(text)) return resolve();
    return stream.once('drain', resolve);
  });
}

/**
 * A one-line progress display on `stream` ("newslens: 12/140  news/a.txt"), redrawn at
 * most every 100 ms; inert unless `enabled`. clear() before printing other lines to it.
 */
export function progressLine(total, { enabled, stream = process.stderr }) {
  let shown = false;
  let last = 0;
  const clear = () => {
    if (shown) stream.write('\r\x1b[K');
    shown = false;
  };
  return {
    clear,
    update(done, file) {
      if (!enabled) return;
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      const head = `newslens: ${done}/${total} `;
      const room = Math.max(0, (stream.columns || 80) - head.length - 1);
      const name = file.length > room ? `…${file.slice(file.length - room + 1)}` : file;
      stream.write(`\r\x1b[K${head}${name}`);
      shown = true;
    },
  };
}
