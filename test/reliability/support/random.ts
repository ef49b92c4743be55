/**
 * @module
 * A seeded pseudo-random source (mulberry32), so that a randomised test that fails can be run again
 * with the same choices, and the seeds a randomised test runs: `SEED=<n>` replays one; otherwise a
 * few fixed ones and a fresh one, which the test's name shows.
 */
export class Random {
  private state: number

  constructor(readonly seed: number) {
    this.state = seed >>> 0
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let mixed = this.state
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1)
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61)
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296
  }

  /** An integer from `min` to `max`, both included. */
  integer(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('cannot pick from nothing')
    return items[this.integer(0, items.length - 1)]
  }
}

/** The seeds to run: only `SEED` when it is set, else `fixedSeeds` and one new seed. */
export function seedsToRun(fixedSeeds: readonly number[], environment: NodeJS.ProcessEnv = process.env): number[] {
  const replay = environment.SEED
  if (replay !== undefined && replay !== '') {
    const seed = Number(replay)
    if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`SEED must be a whole number, not ${replay}`)
    return [seed]
  }
  return [...fixedSeeds, Math.floor(Math.random() * 2 ** 32)]
}
