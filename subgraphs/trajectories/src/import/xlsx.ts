// .xlsx is a zip of XML: a 22 KB file can unpack to gigabytes, and its XML can hold millions of
// cells. So a sheet is first measured from the zip's own table of contents (refused when it says it
// unpacks to too much), then read in a worker thread with a memory cap and a time limit — a file
// that lies about its sizes, or just takes too long, costs that worker, never the service's other
// requests. Every refusal is a clear Dutch sentence.
import { Worker } from 'node:worker_threads';
import type { RawTable } from './table.ts';
import { UnreadableFileError } from './table.ts';

/** What the sheet may unpack to in all, and in how many parts. */
export const MAX_XLSX_UNPACKED_BYTES = 200 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 10_000;
/** The worker's heap: enough for a 40 MB sheet's rows, not for a bomb. */
const WORKER_HEAP_MB = 384;
export const XLSX_TIME_LIMIT_MS = 30_000;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

const refuse = (reason: string) => new UnreadableFileError(`het .xlsx-bestand wordt niet gelezen: ${reason}`);

/** The zip's table of contents: how many parts and how many bytes they say they unpack to. */
export function zipContents(content: Buffer): { entries: number; unpackedBytes: number } {
  const earliest = Math.max(0, content.length - 22 - 65_535);
  let end = -1;
  for (let at = content.length - 22; at >= earliest; at--) {
    if (content.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw refuse('het is geen geldig zip-bestand (een .xlsx is een zip-bestand)');
  const entries = content.readUInt16LE(end + 10);
  let at = content.readUInt32LE(end + 16);
  let unpackedBytes = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > content.length || content.readUInt32LE(at) !== DIRECTORY_ENTRY) throw refuse('de inhoudsopgave van het zip-bestand is beschadigd');
    const size = content.readUInt32LE(at + 24);
    // 0xFFFFFFFF: the real size is in a Zip64 field — 4 GB or more, far over any limit.
    unpackedBytes += size === 0xffffffff ? Number.MAX_SAFE_INTEGER / 2 : size;
    at += 46 + content.readUInt16LE(at + 28) + content.readUInt16LE(at + 30) + content.readUInt16LE(at + 32);
  }
  return { entries, unpackedBytes };
}

export function checkZipContents(content: Buffer): void {
  const { entries, unpackedBytes } = zipContents(content);
  if (entries > MAX_ZIP_ENTRIES) throw refuse(`het bestaat uit ${entries} delen (een werkblad heeft er enkele tientallen); sla het op als CSV`);
  if (unpackedBytes > MAX_XLSX_UNPACKED_BYTES) {
    throw refuse(`het pakt uit tot meer dan ${MAX_XLSX_UNPACKED_BYTES / 1024 / 1024} MB; sla het werkblad op als CSV of splits het`);
  }
}

export interface XlsxLimits {
  heapMb: number;
  timeLimitMs: number;
}

const LIMITS: XlsxLimits = { heapMb: WORKER_HEAP_MB, timeLimitMs: XLSX_TIME_LIMIT_MS };

/** The first sheet as header and rows, read off the main thread. */
export async function readXlsx(content: Buffer, limits: XlsxLimits = LIMITS): Promise<RawTable> {
  checkZipContents(content);
  const worker = new Worker(new URL('./xlsx-worker.ts', import.meta.url), {
    workerData: content,
    resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: Math.min(32, limits.heapMb / 4), stackSizeMb: 4 },
  });
  return new Promise<RawTable>((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(refuse(`het kon niet binnen ${limits.timeLimitMs / 1000} seconden worden gelezen; sla het werkblad op als CSV`));
    }, limits.timeLimitMs);
    const settle = (done: () => void) => {
      clearTimeout(timer);
      done();
    };
    worker.once('message', (message: { table?: RawTable; unreadable?: string }) =>
      settle(() => (message.table ? resolve(message.table) : reject(new UnreadableFileError(message.unreadable ?? 'het .xlsx-bestand is niet te lezen')))),
    );
    worker.once('error', (error) =>
      settle(() => reject(refuse((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'het is te groot om in het geheugen te lezen; sla het werkblad op als CSV' : 'het is niet te lezen'))),
    );
    worker.once('exit', (code) => settle(() => reject(refuse(`het lezen stopte onverwacht (${code})`))));
  });
}
