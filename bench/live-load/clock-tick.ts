import { execFileSync } from 'node:child_process'

let cached: number | null = null

/** Kernel clock ticks per second (USER_HZ), for /proc CPU times; 100 on almost every Linux. */
export function clockTick(): number {
  if (cached !== null) return cached
  try {
    cached = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
  } catch {
    cached = 100
  }
  return cached
}
