import { useState } from 'react'
import type { ImrView } from '../../shared/api/imrs'
import type { Review, ReviewDocumentView } from '../../shared/api/reviews'
import { useFlash } from '../app/router'
import { SuccessBanner } from '../app/SuccessBanner'
import { usePageTitle } from '../app/usePageTitle'
import { ChronologySection } from './ChronologySection'
import { ImrAnalysis } from './ImrAnalysis'
import { mayChangeImr } from './imrAccess'
import { ImrDetailsList } from './ImrDetailsList'
import { ImrHeading } from './ImrHeading'
import { ImrReadOnlyNotice } from './ImrReadOnlyNotice'
import { ImrStatusActions } from './ImrStatusActions'

/** The IMR as a whole: where it stands, its details, its chronology, then its analysis. */
export function ImrOverview(props: { review: Review; imr: ImrView; document: ReviewDocumentView; reload: () => void; reloadReview: () => void }) {
  const { review, imr, document, reload, reloadReview } = props
  usePageTitle(`IMR: ${imr.agencyName}: ${review.title}`)
  const flash = useFlash()
  const [done, setDone] = useState<string | null>(null)
  const changed = (message: string) => {
    setDone(message)
    reload()
  }
  const mayChange = mayChangeImr(review, imr)
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <SuccessBanner message={done ?? flash} />
          <ImrHeading review={review} imr={imr} />
          {!mayChange && <ImrReadOnlyNotice imr={imr} />}
          <ImrStatusActions review={review} imr={imr} mayChange={mayChange} onChanged={changed} />
          <ImrDetailsList review={review} imr={imr} mayChange={mayChange} />
        </div>
      </div>
      <ChronologySection review={review} imr={imr} mayChange={mayChange} />
      <ImrAnalysis review={review} document={document} mayChange={mayChange} onAccessChanged={reloadReview} />
    </>
  )
}
