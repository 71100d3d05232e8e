// Reads an .xlsx in a worker thread (see xlsx.ts): answers { table } or { unreadable: Dutch reason }.
import { parentPort, workerData } from 'node:worker_threads';
import { parseXlsx, UnreadableFileError } from './table.ts';

try {
  parentPort?.postMessage({ table: await parseXlsx(Buffer.from(workerData as Uint8Array)) });
} catch (error) {
  if (!(error instanceof UnreadableFileError)) throw error;
  parentPort?.postMessage({ unreadable: error.message });
}
