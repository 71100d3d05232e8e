// Resident memory of processes, from Linux's /proc/<pid>/status: VmRSS (now) and VmHWM (the
// highest it has been since the process started, which catches peaks between samples).
import { readFile } from 'node:fs/promises';

export interface Memory {
  /** Bytes resident now. */
  rss: number;
  /** Bytes resident at the most (high-water mark). */
  hwm: number;
}

function field(status: string, name: string): number | null {
  const match = new RegExp(`^${name}:\\s+(\\d+) kB$`, 'm').exec(status);
  return match ? Number(match[1]) * 1024 : null;
}

/** null when the process is gone (or a zombie, whose status has no memory lines). */
export async function readMemory(pid: number): Promise<Memory | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const rss = field(status, 'VmRSS');
  const hwm = field(status, 'VmHWM');
  return rss === null || hwm === null ? null : { rss, hwm };
}

export interface MemoryPeaks {
  /** Highest VmRSS seen in a sample. */
  sampledRss: number;
  /** VmHWM at the last sample: the peak since start, also between samples. */
  hwm: number;
  samples: number;
}

/** Samples every pid each intervalMs until stop() is called; stop() takes a last sample and returns the peaks. */
export function sampleMemory(pids: Record<string, number>, intervalMs: number): { stop(): Promise<Record<string, MemoryPeaks>> } {
  const peaks: Record<string, MemoryPeaks> = Object.fromEntries(Object.keys(pids).map((name) => [name, { sampledRss: 0, hwm: 0, samples: 0 }]));
  const sample = async () => {
    await Promise.all(
      Object.entries(pids).map(async ([name, pid]) => {
        const memory = await readMemory(pid);
        const peak = peaks[name];
        if (!memory || !peak) return;
        peak.sampledRss = Math.max(peak.sampledRss, memory.rss);
        peak.hwm = Math.max(peak.hwm, memory.hwm);
        peak.samples++;
      }),
    );
  };
  let sampling = sample();
  const timer = setInterval(() => {
    sampling = sampling.then(sample);
  }, intervalMs);
  return {
    stop: async () => {
      clearInterval(timer);
      await sampling.then(sample);
      return peaks;
    },
  };
}
