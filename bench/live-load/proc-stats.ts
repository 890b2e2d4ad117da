import { readFileSync } from 'node:fs'
import { clockTick } from './clock-tick'

/**
 * What a server process cost, read from /proc (Linux): CPU time, resident
 * memory, and the time it spent waiting for a CPU (run-queue delay), which
 * tells whether other work on the machine distorted a measurement.
 */
export interface ProcSample {
  at: number
  cpuMs: number
  rssMb: number
  waitMs: number
}

export function sampleProcess(pid: number): ProcSample {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // Fields after the command name (which may contain spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const ticks = Number(fields[11]) + Number(fields[12]) // utime + stime
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
  let waitNs = 0
  try {
    // Main thread only: the JavaScript thread whose delays players feel.
    waitNs = Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[1])
  } catch {
    waitNs = 0
  }
  return { at: Date.now(), cpuMs: (ticks * 1000) / clockTick(), rssMb: rssKb / 1024, waitMs: waitNs / 1e6 }
}

export function between(a: ProcSample, b: ProcSample) {
  const wallMs = b.at - a.at
  return {
    wallMs,
    cpuMs: b.cpuMs - a.cpuMs,
    cpuPercent: wallMs > 0 ? ((b.cpuMs - a.cpuMs) / wallMs) * 100 : 0,
    waitPercent: wallMs > 0 ? ((b.waitMs - a.waitMs) / wallMs) * 100 : 0,
    rssMb: b.rssMb,
  }
}
