import { ACCOUNTS_PATH, ACTIVITY_PATH, followLink, usePath } from '../app/router'
import { useIsAdmin } from '../auth/session'

const LINKS = [
  { href: ACCOUNTS_PATH, text: 'Accounts' },
  { href: ACTIVITY_PATH, text: 'Account activity' },
] as const

/** The header's links to the administrator's pages, on a line of their own, for administrators only. */
export function AdminNavigation() {
  const isAdmin = useIsAdmin()
  const path = usePath().replace(/\/$/, '')
  if (!isAdmin) return null
  return (
    <nav className="app-header__navigation" aria-label="Administration">
      <ul className="app-header__links">
        {LINKS.map((link) => (
          <li key={link.href}>
            <a className="app-header__link" href={link.href} onClick={followLink} aria-current={path === link.href ? 'page' : undefined}>
              {link.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
