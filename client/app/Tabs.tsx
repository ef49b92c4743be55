import { useRef, type KeyboardEvent, type ReactNode } from 'react'

export interface Tab<Id extends string> {
  id: Id
  label: ReactNode
  panel: () => ReactNode
}

/**
 * Tabs in the WAI-ARIA pattern, styled like GOV.UK's: the arrow keys move between tabs and show
 * each, Tab goes on into the panel. Only the chosen panel is rendered.
 */
export function Tabs<Id extends string>({ label, tabs, selected, onSelect, idPrefix }: { label: string; tabs: Tab<Id>[]; selected: Id; onSelect: (id: Id) => void; idPrefix: string }) {
  const list = useRef<HTMLDivElement>(null)
  const current = tabs.find((tab) => tab.id === selected) ?? tabs[0]

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.indexOf(current)
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }
    if (!(event.key in moves)) return
    event.preventDefault()
    const next = tabs[(moves[event.key] + tabs.length) % tabs.length]
    onSelect(next.id)
    list.current?.querySelector<HTMLElement>(`#${idPrefix}-tab-${next.id}`)?.focus()
  }

  return (
    <div className="app-tabs">
      <div className="app-tabs__list" role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${tab.id}`}
            className="app-tabs__tab"
            aria-selected={tab.id === current.id}
            aria-controls={`${idPrefix}-panel`}
            tabIndex={tab.id === current.id ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div className="app-tabs__panel" role="tabpanel" id={`${idPrefix}-panel`} aria-labelledby={`${idPrefix}-tab-${current.id}`}>
        {current.panel()}
      </div>
    </div>
  )
}
