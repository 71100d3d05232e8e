// postgres.js 3.4.9 crashes the process when a connection closes under a queued write (the server
// restarted or failed over while a transaction was open): its rollback is queued with setImmediate
// and writes to the socket it has just set to null, an uncaught TypeError (porsager/postgres#1154,
// #1208; fixes proposed in #1168, #1176, #1209, none released). Until a release has it, `npm install`
// applies the guard: the queued write fails its queries with CONNECTION_CLOSED instead. Idempotent;
// stops the install when the code it expects has changed (a new version: check whether it is fixed).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';

// The package's CommonJS entry is cjs/src/index.js (its package.json is not exported).
const root = path.resolve(path.dirname(createRequire(import.meta.url).resolve('postgres')), '../..');
const MARK = '/* uitstroommonitor: guard against a closed socket */';
const edits = [
  [
    '  function nextWrite(fn) {\n    const x = socket.write(chunk, fn)',
    `  function nextWrite(fn) {\n    ${MARK}\n    if (!socket) {\n      nextWriteTimer !== null && clearImmediate(nextWriteTimer)\n      chunk = nextWriteTimer = null\n      error(Errors.connection('CONNECTION_CLOSED', options))\n      return false\n    }\n    const x = socket.write(chunk, fn)`,
  ],
  [
    "    clearImmediate(nextWriteTimer)\n    socket.removeListener('data', data)\n    socket.removeListener('connect', connected)\n    idleTimer.cancel()",
    "    clearImmediate(nextWriteTimer)\n    nextWriteTimer = null\n    chunk = null\n    socket.removeListener('data', data)\n    socket.removeListener('connect', connected)\n    idleTimer.cancel()",
  ],
];
for (const file of ['src/connection.js', 'cjs/src/connection.js', 'cf/src/connection.js']) {
  const target = path.join(root, file);
  let text = readFileSync(target, 'utf8');
  if (text.includes(MARK)) continue;
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`${target}: the code to patch is not there (postgres.js changed?); see the comment in ${import.meta.filename}`);
    text = text.replace(from, to);
  }
  writeFileSync(target, text);
  process.stdout.write(`patched ${target}\n`);
}
