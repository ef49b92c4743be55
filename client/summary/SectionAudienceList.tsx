import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { useState } from 'react'
import { SECTION_AUDIENCES, isSectionAudience } from '../../shared/schema'
import { AUDIENCE_LABELS, listSectionAudiences, sameSectionAudiences, setSectionAudience } from './sectionAudience'

/** Each section of the report, with where it is read; those who may edit the report choose. */
export function SectionAudienceList({ editor }: { editor: Editor }) {
  const sections = useEditorState({ editor, selector: ({ editor: current }) => listSectionAudiences(current), equalityFn: sameSectionAudiences })
  const editable = useEditorState({ editor, selector: ({ editor: current }) => current.isEditable })
  const included = sections.filter((section) => section.audience !== 'report').length
  // Open at first while no section is chosen; after that, as the person leaves it.
  const [openAtFirst] = useState(included === 0)
  return (
    <details className="govuk-details app-audiences" open={openAtFirst}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Sections in the summary ({included === 0 ? 'none yet' : `${included} of ${sections.length}`})</span>
      </summary>
      <div className="govuk-details__text">
        <p className="govuk-body-s">Choose where each section of the report is read.</p>
        <ul className="govuk-list">
          {sections.map((section, index) => (
            <li key={section.pos} className="app-audiences__item">
              {editable ? (
                <>
                  <label className="govuk-label govuk-body-s govuk-!-margin-bottom-1" htmlFor={`audience-${index}`}>
                    {section.title}
                  </label>
                  <select id={`audience-${index}`} className="govuk-select app-audiences__select" value={section.audience} onChange={(event) => isSectionAudience(event.target.value) && setSectionAudience(editor, section.pos, event.target.value)}>
                    {SECTION_AUDIENCES.map((audience) => (
                      <option key={audience} value={audience}>
                        {AUDIENCE_LABELS[audience]}
                      </option>
                    ))}
                  </select>
                </>
              ) : (
                <p className="govuk-body-s govuk-!-margin-bottom-0">
                  {section.title}: <strong>{AUDIENCE_LABELS[section.audience]}</strong>
                </p>
              )}
            </li>
          ))}
        </ul>
      </div>
    </details>
  )
}
