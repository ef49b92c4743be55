/**
 * @module
 * CPU time used by a process, to tell which side of a benchmark is the bottleneck. Another process's
 * figure comes from /proc (Linux); elsewhere it is null.
 */
import { readFileSync } from 'node:fs'

const TICKS_PER_SECOND = 100

export function cpuMsOfThisProcess(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

export interface CpuTimes {
  /** Time running the process's own code (JavaScript, V8, libraries). */
  userMs: number
  /** Time the kernel spent on its behalf: socket writes, file writes, fsync. */
  systemMs: number
}

export function cpuTimesOfProcess(pid: number | undefined): CpuTimes | null {
  if (pid === undefined) return null
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return { userMs: (Number(fields[11]) * 1000) / TICKS_PER_SECOND, systemMs: (Number(fields[12]) * 1000) / TICKS_PER_SECOND }
  } catch {
    return null
  }
}

export function cpuMsOfProcess(pid: number | undefined): number | null {
  const times = cpuTimesOfProcess(pid)
  return times ? times.userMs + times.systemMs : null
}
