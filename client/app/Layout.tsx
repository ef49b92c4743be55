import type { ReactNode } from 'react'
import { followLink } from './router'

export function Layout({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  return (
    <>
      <a href="#main-content" className="govuk-skip-link">
        Skip to main content
      </a>
      <header className="app-header" role="banner">
        <div className={`govuk-width-container ${wide ? 'app-width-container--wide' : ''}`}>
          <a href="/" className="app-header__service" onClick={followLink}>
            Overview Studio
          </a>
          <span className="app-header__tagline">Serious case review overview reports</span>
        </div>
      </header>
      <div className={`govuk-width-container ${wide ? 'app-width-container--wide' : ''}`}>
        <main className="govuk-main-wrapper govuk-main-wrapper--auto-spacing" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="app-footer" role="contentinfo">
        <div className={`govuk-width-container ${wide ? 'app-width-container--wide' : ''}`}>
          <p className="govuk-body-s">
            Overview reports are confidential. Only anonymised outputs may be published.
          </p>
        </div>
      </footer>
    </>
  )
}
