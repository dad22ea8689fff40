// The demo server (scripts/serve.mjs) under bad request paths: a 400 for a path that
// cannot name a file, 404 outside web/ and dist/, and the server still serves after.
// Requests are written raw on a socket: fetch() would normalise or refuse the paths.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { createServer, listen } from '../../scripts/serve.mjs';

let server;
let port;
before(async () => {
  server = createServer();
  port = await listen(server, 18480);
});
after(() => new Promise((resolve) => server.close(resolve)));

// The status code of `GET target`, as sent byte for byte.
function statusOf(target) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => { answer += chunk; });
    socket.on('end', () => resolve(Number(answer.match(/^HTTP\/1\.1 (\d{3})/)?.[1] ?? 0)));
    socket.on('error', reject);
    socket.write(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
  });
}

test('undecodable paths and NUL bytes get 400, and the server keeps serving', async () => {
  for (const bad of ['/web/%E0%A4%A', '/web/%00', '/web/index.html%00.js', '/%', '/web/%C0%AF', '/dist/%ZZ']) {
    assert.equal(await statusOf(bad), 400, bad);
  }
  assert.equal(await statusOf('/web/index.html'), 200, 'still serving');
});

test('paths outside web/ and dist/ are not served', async () => {
  for (const outside of ['/package.json', '/web/../package.json', '/%2e%2e/package.json', '/web/%2e%2e/src/newslens/options.h',
    '/web/no-such-file.js']) {
    assert.equal(await statusOf(outside), 404, outside);
  }
  assert.equal(await statusOf('/'), 302);
  assert.equal(await statusOf('/web/index.js'), 200);
});
