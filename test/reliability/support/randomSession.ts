/**
 * @module
 * Several people editing one report at random through their own providers: each step one of them
 * makes a random edit, or goes offline, or comes back. Between steps the event loop sometimes turns,
 * so that messages cross on the wire while others keep editing; the seed fixes every choice, the
 * network the order of arrival.
 */
import type { WebsocketProvider } from 'y-websocket'
import type { Random } from './random.js'
import { makeRandomEdit } from './randomEdits.js'

const pause = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds))

function toggleConnection(provider: WebsocketProvider): void {
  if (provider.shouldConnect) provider.disconnect()
  else provider.connect()
}

export async function editAtRandom(providers: readonly WebsocketProvider[], random: Random, steps: number): Promise<void> {
  for (let step = 0; step < steps; step++) {
    const provider = random.pick(providers)
    if (random.chance(0.05)) toggleConnection(provider)
    else makeRandomEdit(provider.doc, random)
    if (random.chance(0.3)) await pause(random.integer(0, 4))
  }
  for (const provider of providers) if (!provider.shouldConnect) provider.connect()
}
