/**
 * @module
 * A person typing into a report: each keystroke puts a token no one else types (`[A17]`: their label
 * and a count) into a random paragraph or heading, between tokens and never inside one, so that the
 * end result can be checked for every keystroke, each exactly once, wherever it landed.
 */
import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import { DOCUMENT_FRAGMENT } from '../../../shared/schema/index.js'
import { reportXml } from '../../helpers/reportEdits.js'
import { waitFor } from '../../helpers/waitFor.js'
import type { Random } from './random.js'
import { plainText, textBlocks, textOf } from './reportBlocks.js'

const TOKEN = /\[[A-Z]+\d+\]/g

/** Places in a text where a token may go: its ends, and just after any token. */
function boundaries(text: string): number[] {
  const places = [0, text.length]
  for (const match of text.matchAll(/\]/g)) places.push(match.index + 1)
  return places
}

export class Typist {
  readonly typed: string[] = []
  private typing: Promise<void> | null = null
  private stopping = false

  constructor(
    readonly provider: WebsocketProvider,
    readonly label: string,
    private readonly random: Random,
  ) {}

  typeOne(): void {
    const token = `[${this.label}${this.typed.length + 1}]`
    const doc = this.provider.doc
    doc.transact(() => {
      const text = textOf(this.random.pick(textBlocks(doc.getXmlFragment(DOCUMENT_FRAGMENT))))
      text.insert(this.random.pick(boundaries(plainText(text))), token, {})
    })
    this.typed.push(token)
  }

  /** Types a token every few milliseconds, whether the provider is connected or not, until `stop`. */
  start(): void {
    this.stopping = false
    this.typing ??= (async () => {
      while (!this.stopping) {
        this.typeOne()
        await new Promise((resolve) => setTimeout(resolve, this.random.integer(2, 12)))
      }
    })()
  }

  async stop(): Promise<void> {
    this.stopping = true
    await this.typing
    this.typing = null
  }
}

/** Waits until each typist has typed `count` more tokens than now. */
export async function waitUntilEachTypes(typists: readonly Typist[], count: number): Promise<void> {
  const targets = typists.map((typist) => typist.typed.length + count)
  await waitFor(`everyone has typed ${count} more`, () => typists.every((typist, index) => typist.typed.length >= targets[index]))
}

/** How often each token appears in the report. */
export function countTokens(doc: Y.Doc): Map<string, number> {
  const counts = new Map<string, number>()
  for (const [token] of reportXml(doc).matchAll(TOKEN)) counts.set(token, (counts.get(token) ?? 0) + 1)
  return counts
}

/** The typed tokens the report lacks or holds more than once; empty when every keystroke is there once. */
export function findLostOrRepeated(doc: Y.Doc, typed: readonly string[]): string[] {
  const counts = countTokens(doc)
  return typed.filter((token) => counts.get(token) !== 1)
}
