/**
 * @module
 * Whether the publication pack is ready, before it is downloaded: each of its files with a tag
 * (ready, ready with warnings, or would be refused), what it lacks or how many things in it could
 * identify someone, and a link to where to put it right. Advice only: the zip is checked again on
 * download.
 */
import { useState } from 'react'
import { PublicationPackCheckSchema, type PackFileCheck, type PackSource, type PublicationPackCheck } from '../../shared/api/publicationPack'
import type { Capability } from '../../shared/auth/roles'
import { useResource } from '../api/useResource'
import { LoadedResource } from '../app/LoadedResource'
import { actionPlanPath, followLink, reviewPath } from '../app/router'
import { mayOpenSource, PACK_FILE_STATUS_TAGS, PACK_SOURCE_PAGES, packFileStatus } from './packFileStatus'

type Finding = PackFileCheck['findings'][number]

const findingText = (finding: Finding) => (finding.text === undefined ? finding.label : `“${finding.text}” (${finding.label.toLowerCase()})`)
const things = (count: number) => (count === 1 ? '1 thing' : `${count} things`)

function overall(check: PublicationPackCheck): string {
  const refused = check.files.filter((file) => file.findingCount > 0).length
  if (!check.ready) return `The pack would be refused: ${refused === 1 ? '1 file has' : `${refused} files have`} something that could identify someone.`
  if (!check.complete) return 'The pack can be downloaded, but some files are not finished yet.'
  return 'Every file is ready.'
}

/** `sameAs`: an earlier file made from the same source with the same warnings, named rather than repeated. */
function FileDetails({ file, sameAs, actionPlan }: { file: PackFileCheck; sameAs: PackFileCheck | undefined; actionPlan: string | null }) {
  const findings = [...new Set(file.findings.map(findingText))]
  return (
    <>
      {file.findingCount > 0 && (
        <>
          <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-1">The leak check found {things(file.findingCount)} in it that could identify someone.</p>
          {findings.length > 0 && (
            <ul className="govuk-list govuk-list--bullet">
              {findings.map((text) => <li key={text}>{text}</li>)}
            </ul>
          )}
        </>
      )}
      {file.warnings.length > 0 && sameAs && <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">The same warnings as the {sameAs.title.charAt(0).toLowerCase() + sameAs.title.slice(1)}.</p>}
      {file.warnings.length > 0 && !sameAs && (
        <ul className="govuk-list govuk-list--bullet govuk-!-margin-top-2">
          {file.warnings.map((warning) => (
            <li key={warning.message}>
              {warning.message}
              {warning.fixedOn === 'action-plan' && actionPlan && (
                <>
                  {' '}
                  <a className="govuk-link" href={actionPlan} onClick={followLink}>
                    Add actions<span className="govuk-visually-hidden"> for this recommendation</span> on the action plan
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

const messages = (file: PackFileCheck) => file.warnings.map((warning) => warning.message).join('\n')

interface RowProps {
  reviewId: string
  file: PackFileCheck
  sameAs: PackFileCheck | undefined
  /** May this person open the page the file's content is written on (and are they elsewhere)? */
  linkToSource: boolean
  /** The action plan's address, for people who may edit it; null for others. */
  actionPlan: string | null
}

function FileRow({ reviewId, file, sameAs, linkToSource, actionPlan }: RowProps) {
  const status = packFileStatus(file)
  const tag = PACK_FILE_STATUS_TAGS[status]
  const page = PACK_SOURCE_PAGES[file.source]
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{file.title}</dt>
      <dd className="govuk-summary-list__value">
        <strong className={`govuk-tag ${tag.className}`}>{tag.text}</strong>
        <FileDetails file={file} sameAs={sameAs} actionPlan={actionPlan} />
      </dd>
      <dd className="govuk-summary-list__actions">
        {status !== 'ready' && linkToSource && (
          <a className="govuk-link" href={reviewPath(reviewId, page.part)} onClick={followLink}>
            Open {page.name}
            <span className="govuk-visually-hidden"> to put the {file.title} right</span>
          </a>
        )}
      </dd>
    </div>
  )
}

interface ReadinessProps {
  reviewId: string
  capabilities: readonly Capability[]
  /** The page this is shown on, which needs no link to itself. */
  onPage?: PackSource
}

function ReadinessList({ reviewId, capabilities, onPage }: ReadinessProps) {
  const resource = useResource(`/api/reviews/${reviewId}/publication-pack`, PublicationPackCheckSchema)
  return (
    <LoadedResource resource={resource} loading="Checking the publication pack…" failed="The publication pack could not be checked">
      {(check) => (
        <>
          <p className="govuk-body">{overall(check)}</p>
          <dl className="govuk-summary-list app-pack-readiness">
            {check.files.map((file, index) => (
              <FileRow
                key={file.file}
                reviewId={reviewId}
                file={file}
                sameAs={check.files.slice(0, index).find((earlier) => earlier.source === file.source && messages(earlier) === messages(file))}
                linkToSource={file.source !== onPage && mayOpenSource(file.source, capabilities)}
                actionPlan={capabilities.includes('actions.edit') ? actionPlanPath(reviewId) : null}
              />
            ))}
          </dl>
        </>
      )}
    </LoadedResource>
  )
}

/** `round` changes to check again: the list is made anew and its loading message read out. */
export function PublicationPackReadiness({ round, ...props }: ReadinessProps & { round: number }) {
  return (
    <>
      <h3 className="govuk-heading-s">Is it ready?</h3>
      <ReadinessList key={round} {...props} />
    </>
  )
}

/** The round of checking: "Check again", and a refused download, start the next. */
export function usePackCheckRound(): [number, () => void] {
  const [round, setRound] = useState(0)
  return [round, () => setRound((current) => current + 1)]
}
