import { useEffect, useLayoutEffect, useRef } from 'react'
import { AccountsPage } from '../accounts/AccountsPage'
import { ActionPlanPage } from '../actionPlan/ActionPlanPage'
import { ActivityPage } from '../accounts/ActivityPage'
import { AuditPage } from '../audit/AuditPage'
import { LoginPage } from '../auth/LoginPage'
import { loadSession, redirectToSignIn, useSession } from '../auth/session'
import { MergedChronologyPage } from '../chronology/MergedChronologyPage'
import { NotificationsPage } from '../comments/NotificationsPage'
import { DocumentPage } from '../documents/DocumentPage'
import { ImrPage } from '../imr/ImrPage'
import { MediaStatementPage } from '../mediaStatement/MediaStatementPage'
import { MembersPage } from '../members/MembersPage'
import { BoardResponsePage } from '../boardResponse/BoardResponsePage'
import { PublicationPage } from '../publication/PublicationPage'
import { CreateReviewPage } from '../reviews/CreateReviewPage'
import { ReviewEditPage } from '../reviews/ReviewEditPage'
import { ReviewListPage } from '../reviews/ReviewListPage'
import { ReviewPage } from '../reviews/ReviewPage'
import { SummaryPage } from '../summary/SummaryPage'
import { Layout } from './Layout'
import { NotFoundPage } from './NotFoundPage'
import { Loading } from './ProblemPanel'
import { matchRoute, usePath, type Route } from './router'

function SignedInPage({ route }: { route: Route }) {
  switch (route.page) {
    case 'reviews':
      return <ReviewListPage />
    case 'create-review':
      return <CreateReviewPage />
    case 'review':
      return <ReviewPage reviewId={route.reviewId} />
    case 'review-edit':
      return <ReviewEditPage reviewId={route.reviewId} />
    case 'report':
      return <DocumentPage reviewId={route.reviewId} />
    case 'imr':
      return <ImrPage reviewId={route.reviewId} agencyId={route.agencyId} view={route.view} />
    case 'chronology':
      return <MergedChronologyPage reviewId={route.reviewId} />
    case 'action-plan':
      return <ActionPlanPage reviewId={route.reviewId} view={route.view} />
    case 'members':
      return <MembersPage reviewId={route.reviewId} />
    case 'audit':
      return <AuditPage reviewId={route.reviewId} />
    case 'summary':
      return <SummaryPage reviewId={route.reviewId} />
    case 'board-response':
      return <BoardResponsePage reviewId={route.reviewId} />
    case 'publication':
      return <PublicationPage reviewId={route.reviewId} />
    case 'media-statement':
      return <MediaStatementPage reviewId={route.reviewId} />
    case 'accounts':
      return <AccountsPage />
    case 'activity':
      return <ActivityPage />
    case 'notifications':
      return <NotificationsPage />
    default:
      return <NotFoundPage />
  }
}

export function App() {
  const path = usePath()
  const route = matchRoute(path)
  const session = useSession()

  useEffect(() => {
    void loadSession()
  }, [])

  // After moving to another page, reading starts at its main content, as after a full page load. A
  // layout effect, so that a page which focuses something of its own (an error summary) still can.
  const firstPath = useRef(true)
  useLayoutEffect(() => {
    if (firstPath.current) {
      firstPath.current = false
      return
    }
    document.getElementById('main-content')?.focus({ preventScroll: true })
  }, [path])

  useEffect(() => {
    if (session.status === 'signed-out' && route.page !== 'sign-in') redirectToSignIn()
  }, [session.status, route.page])

  if (route.page === 'sign-in') {
    return (
      <Layout>
        <LoginPage />
      </Layout>
    )
  }
  if (session.status !== 'signed-in') {
    return (
      <Layout>
        {session.status === 'unreachable' ? (
          <>
            <h1 className="govuk-heading-l">Sorry, Overview Studio is not available</h1>
            <p className="govuk-body">{session.message}</p>
          </>
        ) : (
          <Loading label="Loading…" />
        )}
      </Layout>
    )
  }
  return (
    <Layout wide={route.page === 'report' || route.page === 'media-statement' || route.page === 'chronology' || (route.page === 'action-plan' && route.view.part === 'plan') || (route.page === 'imr' && route.view.part === 'overview')}>
      <SignedInPage key={path} route={route} />
    </Layout>
  )
}
