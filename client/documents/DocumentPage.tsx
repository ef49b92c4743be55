import { useEffect, useState } from 'react'
import { REVIEW_KIND_LABELS, ReviewSchema } from '../../shared/api/reviews'
import { useResource } from '../api/useResource'
import { Loading, ProblemPanel } from '../app/ProblemPanel'
import { followLink } from '../app/router'
import { colourFor, loadIdentity, saveName, type Identity } from '../collab/identity'
import { NameForm } from '../collab/NameForm'
import { PresenceList } from '../collab/PresenceList'
import { StatusBar } from '../collab/StatusBar'
import { useAllSaved, useCollaboration, useCollaborators, useConnectionStatus, type Collaboration } from '../collab/useCollaboration'
import { ReportEditor } from './ReportEditor'

export function ReportPage({ reviewId }: { reviewId: string }) {
  const review = useResource(`/api/reviews/${reviewId}`, ReviewSchema)
  useEffect(() => {
    document.title = review.state === 'ready' ? `Overview report: ${review.data.title} – Overview Studio` : 'Overview report – Overview Studio'
  }, [review])

  if (review.state === 'loading') return <Loading label="Loading the review…" />
  if (review.state === 'error') {
    return (
      <>
        <h1 className="govuk-heading-l">Overview report</h1>
        <ProblemPanel title="This review could not be opened" error={review.error} />
        <p className="govuk-body">
          <a href="/" className="govuk-link" onClick={followLink}>
            Back to your reviews
          </a>
        </p>
      </>
    )
  }
  return <ReportWorkspace title={review.data.title} kindLabel={REVIEW_KIND_LABELS[review.data.kind]} documentName={review.data.documents.report} />
}

function ReportWorkspace({ title, kindLabel, documentName }: { title: string; kindLabel: string; documentName: string }) {
  const collaboration = useCollaboration(documentName)
  return (
    <>
      <span className="govuk-caption-l">
        {kindLabel}: {title}
      </span>
      <h1 className="govuk-heading-l app-page-title">Overview report</h1>
      {collaboration ? <LiveReport collaboration={collaboration} title={title} /> : <Loading label="Opening the report…" />}
    </>
  )
}

function useWarnBeforeLeaving(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault()
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [unsaved])
}

function LiveReport({ collaboration, title }: { collaboration: Collaboration; title: string }) {
  const [identity, setIdentity] = useState<Identity>(loadIdentity)
  const status = useConnectionStatus(collaboration)
  const allSaved = useAllSaved(collaboration)
  const collaborators = useCollaborators(collaboration)
  const [hasSynced, setHasSynced] = useState(false)
  useWarnBeforeLeaving(!allSaved)

  useEffect(() => {
    if (status.synced) setHasSynced(true)
  }, [status.synced])

  const changeName = (name: string) => {
    saveName(name)
    setIdentity({ name, color: colourFor(name) })
  }

  return (
    <>
      <StatusBar state={status.state} allSaved={allSaved} problem={status.problem} />
      <div className="app-report-layout">
        <div className="app-report-layout__main">
          {hasSynced ? (
            <ReportEditor collaboration={collaboration} identity={identity} title={title} />
          ) : (
            <Loading label={status.problem ?? 'Loading the report…'} />
          )}
        </div>
        <aside className="app-report-layout__side" aria-label="People">
          <PresenceList collaborators={collaborators} />
          <NameForm name={identity.name} onChange={changeName} />
        </aside>
      </div>
    </>
  )
}
