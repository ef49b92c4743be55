/**
 * @module
 * The Recommendations tab of the report's side panel: every recommendation, numbered as the report
 * reads, with the finding it answers, who it is addressed to and what the guidance would question.
 * People who may only read the report see the same without the controls.
 */
import type { Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { useEditorState } from '@tiptap/react'
import { useMemo } from 'react'
import type { AddresseeAgency } from '../../shared/recommendations/addressees'
import { RecommendationCard, RecommendationWarnings } from './RecommendationCard'
import { recommendationsView } from './recommendationsView'

/** `agencies`: the review's, null while they load. */
export function RecommendationsPanel({ editor, agencies }: { editor: Editor; agencies: readonly AddresseeAgency[] | null }) {
  const doc = useEditorState({ editor, selector: ({ editor: current }) => current.state.doc, equalityFn: (a: ProseMirrorNode, b: ProseMirrorNode | null) => a === b })
  const editable = useEditorState({ editor, selector: ({ editor: current }) => current.isEditable })
  const view = useMemo(() => recommendationsView(doc, agencies), [doc, agencies])

  return (
    <section className="app-recommendations" aria-labelledby="recommendations-heading">
      <h2 className="govuk-heading-s" id="recommendations-heading">
        Recommendations
      </h2>
      <RecommendationWarnings warnings={view.overall} />
      {view.recommendations.length === 0 ? (
        <>
          <p className="govuk-body">There are no recommendations yet.</p>
          {editable && (
            <p className="govuk-hint">
              Put the cursor in the Recommendations section and choose Recommendation in the toolbar. Add the findings it answers in Key issues and findings with Finding.
            </p>
          )}
        </>
      ) : (
        <ol className="app-recommendations__list" aria-labelledby="recommendations-heading">
          {view.recommendations.map((recommendation) => (
            <li key={recommendation.recommendationId ?? `number-${recommendation.number}`} className="app-recommendations__item">
              <RecommendationCard
                editor={editor}
                recommendation={recommendation}
                findings={view.findings}
                warnings={view.byNumber.get(recommendation.number) ?? []}
                agencies={agencies}
                editable={editable}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
