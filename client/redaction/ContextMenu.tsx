import { useEffect, useRef, type KeyboardEvent } from 'react'

export interface MenuItem {
  label: string
  run: () => void
}

/**
 * A small menu at a point of the page (the WAI-ARIA menu pattern): the first item takes focus, arrow
 * keys move between items, Escape or a click elsewhere closes it and gives focus back.
 */
export function ContextMenu({ label, items, at, onClose }: { label: string; items: MenuItem[]; at: { x: number; y: number }; onClose: () => void }) {
  const menu = useRef<HTMLUListElement>(null)

  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
    const closeOutside = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose()
    }
    document.addEventListener('pointerdown', closeOutside, true)
    window.addEventListener('blur', onClose)
    return () => {
      document.removeEventListener('pointerdown', closeOutside, true)
      window.removeEventListener('blur', onClose)
    }
  }, [onClose])

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const buttons = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')]
    const current = buttons.indexOf(document.activeElement as HTMLElement)
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: buttons.length - 1 }
    if (event.key in moves) {
      event.preventDefault()
      buttons[(moves[event.key] + buttons.length) % buttons.length]?.focus()
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault()
      onClose()
    }
  }

  // Kept inside the window, however near its edge the menu was asked for.
  const left = Math.max(8, Math.min(at.x, window.innerWidth - 280))
  const top = Math.max(8, Math.min(at.y, window.innerHeight - 40 * items.length - 16))
  return (
    <ul className="app-context-menu" role="menu" aria-label={label} ref={menu} style={{ left, top }} onKeyDown={onKeyDown}>
      {items.map((item) => (
        <li key={item.label} role="none">
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            className="app-context-menu__item"
            onClick={() => {
              onClose()
              item.run()
            }}
          >
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  )
}
