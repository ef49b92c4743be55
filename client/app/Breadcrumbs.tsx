import { followLink } from './router'

export interface Crumb {
  href: string
  text: string
}

/** Where this page sits: "Your reviews > Child K". The current page is its heading, not a crumb. */
export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav className="govuk-breadcrumbs app-breadcrumbs" aria-label="Breadcrumb">
      <ol className="govuk-breadcrumbs__list">
        {crumbs.map((crumb) => (
          <li className="govuk-breadcrumbs__list-item" key={crumb.href}>
            <a className="govuk-breadcrumbs__link" href={crumb.href} onClick={followLink}>
              {crumb.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
