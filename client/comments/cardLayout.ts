/**
 * @module
 * Where each thread's card goes in the column beside the text: level with the top of its text while
 * there is room, pushed down (and, above the active card, up) so that no two cards overlap. The
 * active card sits exactly beside its text, as the eye goes there.
 */

export interface CardToPlace {
  id: string
  /** The top of the thread's text, in the column's coordinates. */
  anchorTop: number
  height: number
}

/** Each card's top, in the order given; `gap` is the space kept between cards. */
export function layoutCards(cards: readonly CardToPlace[], activeId: string | null, gap = 8): Map<string, number> {
  const sorted = [...cards].sort((a, b) => a.anchorTop - b.anchorTop || a.id.localeCompare(b.id))
  const tops = sorted.map((card) => Math.max(0, card.anchorTop))
  const active = Math.max(0, sorted.findIndex((card) => card.id === activeId))
  // From the active card down, each card below the one before it.
  for (let index = active + 1; index < sorted.length; index++) tops[index] = Math.max(tops[index], tops[index - 1] + sorted[index - 1].height + gap)
  // Above the active card, each card ends before the one after it starts.
  for (let index = active - 1; index >= 0; index--) tops[index] = Math.min(tops[index], tops[index + 1] - sorted[index].height - gap)
  // Nothing above the column's top: what no longer fits above is pushed down again.
  for (let index = 0; index < sorted.length; index++) {
    const floor = index === 0 ? 0 : tops[index - 1] + sorted[index - 1].height + gap
    tops[index] = Math.max(tops[index], floor)
  }
  return new Map(sorted.map((card, index) => [card.id, tops[index]]))
}

/** How tall the column must be to hold every card where it was placed. */
export function columnHeight(cards: readonly CardToPlace[], tops: ReadonlyMap<string, number>): number {
  return cards.reduce((bottom, card) => Math.max(bottom, (tops.get(card.id) ?? 0) + card.height), 0)
}
