import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { SECTION_HEADING_LEVEL } from '../../shared/schema'

interface SectionLink {
  id: string
  title: string
  pos: number
}

function findSections(editor: Editor): SectionLink[] {
  const sections: SectionLink[] = []
  editor.state.doc.forEach((node, pos) => {
    if (node.type.name === 'heading' && node.attrs.level === SECTION_HEADING_LEVEL) {
      sections.push({ id: String(node.attrs.sectionId ?? pos), title: node.textContent || 'Untitled section', pos })
    }
  })
  return sections
}

function sameSections(a: SectionLink[], b: SectionLink[] | null): boolean {
  if (!b || a.length !== b.length) return false
  return a.every((section, index) => section.id === b[index].id && section.title === b[index].title && section.pos === b[index].pos)
}

/** The report's sections, for moving around a long draft. */
export function Contents({ editor }: { editor: Editor }) {
  const sections = useEditorState({
    editor,
    selector: ({ editor: current }) => findSections(current),
    equalityFn: sameSections,
  })
  const goTo = (pos: number) => {
    if (editor.isEditable) editor.chain().focus().setTextSelection(pos + 1).scrollIntoView().run()
    else (editor.view.nodeDOM(pos) as HTMLElement | null)?.scrollIntoView({ block: 'start' })
  }
  return (
    <nav className="app-contents" aria-labelledby="contents-heading">
      <h2 className="govuk-heading-s" id="contents-heading">
        Sections
      </h2>
      <ol className="govuk-list app-contents__list">
        {sections.map((section) => (
          <li key={section.id}>
            <button type="button" className="app-link-button govuk-body-s" onClick={() => goTo(section.pos)}>
              {section.title}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  )
}
