/**
 * @module
 * The memory this process still holds once garbage is collected: the JavaScript heap and the bytes
 * of ArrayBuffers (Yjs updates and socket buffers live there). The test server runs in this process,
 * so what a flood leaves behind in it shows here. Garbage collection is asked for explicitly, so the
 * figure is what is retained, not what happens not to be collected yet.
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

setFlagsFromString('--expose-gc')
// A context created after the flag is set has `gc`, without starting Node with --expose-gc.
const collectGarbage: () => void = runInNewContext('gc')

export const MEBIBYTE = 1024 * 1024

export function retainedBytes(): number {
  collectGarbage()
  collectGarbage()
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  return heapUsed + arrayBuffers
}
