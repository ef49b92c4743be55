import type { Editor } from '@tiptap/core'
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { columnHeight, layoutCards, type CardToPlace } from './cardLayout'

export interface AlignedItem {
  id: string
  /** Where its text starts in the document. */
  from: number
}

const sameTops = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) => a.size === b.size && [...a].every(([id, top]) => Math.abs((b.get(id) ?? -1) - top) < 0.5)

export interface AlignedCardsProps {
  editor: Editor
  items: AlignedItem[]
  activeId: string | null
  /** False: a plain list, as in a narrow window where the column is under the text. */
  aligned: boolean
  /** `top`: where the card goes; undefined until measured, and in a plain list. */
  render: (id: string, ref: (element: HTMLElement | null) => void, top: number | undefined) => ReactNode
}

/**
 * The cards of the comments column, each level with its text in the report beside it: measured again
 * when the text, the cards or the window change. The same elements make the plain list, so a reply
 * being written survives the window being narrowed or widened.
 */
export function AlignedCards({ editor, items, activeId, aligned, render }: AlignedCardsProps) {
  const column = useRef<HTMLDivElement>(null)
  const cards = useRef(new Map<string, HTMLElement>())
  const [tops, setTops] = useState<ReadonlyMap<string, number>>(new Map())
  const [height, setHeight] = useState(0)
  const frame = useRef(0)

  const measure = useCallback(() => {
    const element = column.current
    if (!element || editor.isDestroyed || !aligned) return
    const origin = element.getBoundingClientRect().top
    const size = editor.state.doc.content.size
    const placed: CardToPlace[] = items.map((item) => {
      let anchorTop = 0
      try {
        anchorTop = editor.view.coordsAtPos(Math.min(Math.max(item.from, 0), size)).top - origin
      } catch {
        // A place the view cannot show: the card goes to the top.
      }
      return { id: item.id, anchorTop, height: cards.current.get(item.id)?.offsetHeight ?? 0 }
    })
    const next = layoutCards(placed, activeId)
    setTops((previous) => (sameTops(previous, next) ? previous : next))
    setHeight(columnHeight(placed, next))
  }, [editor, items, activeId, aligned])

  const schedule = useCallback(() => {
    cancelAnimationFrame(frame.current)
    frame.current = requestAnimationFrame(measure)
  }, [measure])

  useLayoutEffect(measure)

  useEffect(() => {
    if (!aligned) return
    const observer = new ResizeObserver(schedule)
    for (const card of cards.current.values()) observer.observe(card)
    observer.observe(editor.view.dom)
    editor.on('update', schedule)
    window.addEventListener('resize', schedule)
    return () => {
      observer.disconnect()
      editor.off('update', schedule)
      window.removeEventListener('resize', schedule)
      cancelAnimationFrame(frame.current)
    }
  }, [editor, schedule, items, aligned])

  return (
    <div className={aligned ? 'app-comments__aligned' : 'app-comments__list'} ref={column} style={aligned ? { minHeight: height } : undefined}>
      {items.map((item) =>
        render(
          item.id,
          (element) => {
            if (element) cards.current.set(item.id, element)
            else cards.current.delete(item.id)
          },
          aligned ? tops.get(item.id) : undefined,
        ),
      )}
    </div>
  )
}
