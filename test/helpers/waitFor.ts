/**
 * @module
 * Polls until a condition holds. Tests wait for outcomes, never for a fixed time: the machine that
 * runs them may be slow and shared.
 */
export interface WaitOptions {
  timeoutMs?: number
  intervalMs?: number
}

export async function waitFor(
  description: string,
  predicate: () => boolean | Promise<boolean>,
  { timeoutMs = 20_000, intervalMs = 20 }: WaitOptions = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (await predicate()) return
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting until ${description}`)
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}
