import type { ReactNode } from 'react'
import { AdminNavigation } from '../accounts/AdminNavigation'
import { SignedInAs } from '../auth/SignedInAs'
import { NotificationsLink } from '../comments/NotificationsLink'
import { followLink } from './router'

export function Layout({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const width = `govuk-width-container${wide ? ' app-width-container--wide' : ''}`
  return (
    <>
      <a href="#main-content" className="govuk-skip-link">
        Skip to main content
      </a>
      <header className="app-header" role="banner">
        <div className={`${width} app-header__container`}>
          <div className="app-header__brand">
            <a href="/" className="app-header__service" onClick={followLink}>
              Overview Studio
            </a>
            <span className="app-header__tagline">Serious case review overview reports</span>
          </div>
          <div className="app-header__end">
            <NotificationsLink />
            <SignedInAs />
          </div>
          <AdminNavigation />
        </div>
      </header>
      <div className={width}>
        <main className="govuk-main-wrapper govuk-main-wrapper--auto-spacing" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="app-footer" role="contentinfo">
        <div className={width}>
          <p className="govuk-body-s">Overview reports are confidential. Only anonymised outputs may be published.</p>
        </div>
      </footer>
    </>
  )
}
