/**
 * @module
 * The editor's extensions: the shared report schema plus what only a live editor needs
 * (collaboration through Yjs, other people's carets, placeholders) and, in the report, redaction
 * and the numbers of findings and recommendations.
 */
import type { AnyExtension } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import CollaborationCaret from '@tiptap/extension-collaboration-caret'
import { Placeholder } from '@tiptap/extensions'
import { parseReviewDocumentName } from '../../shared/collab/documentNames'
import { DOCUMENT_FRAGMENT, IMR_EXCERPT, imrExtensions, reportExtensions } from '../../shared/schema'
import type { Collaboration as OpenCollaboration } from '../collab/useCollaboration'
import type { Identity } from '../collab/identity'
import { CommentThreads } from '../comments/commentsExtension'
import type { CommentsSetup } from '../comments/commentsSetup'
import { redactionExtensions, type RedactionSetup } from '../redaction/redactionSetup'
import { ImrExcerptView } from '../excerpts/excerptExtension'
import { ExcerptSourceStore } from '../excerpts/excerptSources'
import { RecommendationNumberLabels } from '../recommendations/numberLabels'
import { SectionPrompts } from './sectionPrompts'

function renderCaret(user: Record<string, unknown>): HTMLElement {
  const caret = document.createElement('span')
  caret.classList.add('collaboration-carets__caret')
  caret.style.borderColor = String(user.color)
  const label = document.createElement('span')
  label.classList.add('collaboration-carets__label')
  label.style.backgroundColor = String(user.color)
  label.textContent = String(user.name)
  caret.append(label)
  return caret
}

/**
 * The document's schema: an IMR's gives its paragraphs ids; the report's excerpts get a view that keeps
 * their sources fresh (an IMR has no excerpts to watch).
 */
function schemaExtensions(documentName: string): AnyExtension[] {
  const document = parseReviewDocumentName(documentName)
  const sources = document?.kind === 'report' ? new ExcerptSourceStore(document.reviewId) : null
  const excerptView = ImrExcerptView.configure({ sources })
  return (document?.kind === 'imr' ? imrExtensions : reportExtensions).map((extension) => (extension.name === IMR_EXCERPT ? excerptView : extension))
}

/**
 * `redaction`: for the report, its register's live detection, pseudonym labels and Redact shortcut;
 * `comments`: for the report, the highlighting of commented text and the Comment shortcut.
 */
export function createEditorExtensions({ doc, provider }: OpenCollaboration, identity: Identity, redaction: RedactionSetup | null = null, comments: CommentsSetup | null = null): AnyExtension[] {
  return [
    ...schemaExtensions(provider.roomname),
    Collaboration.configure({ document: doc, field: DOCUMENT_FRAGMENT }),
    CollaborationCaret.configure({
      provider,
      user: identity,
      render: renderCaret,
      selectionRender: (user) => ({
        nodeName: 'span',
        class: 'collaboration-carets__selection',
        style: `background-color: ${String(user.color)}33`,
        'data-user': String(user.name),
      }),
    }),
    Placeholder.configure({
      placeholder: ({ node }) => (node.type.name === 'heading' ? 'Heading' : 'Write here…'),
      showOnlyCurrent: true,
    }),
    SectionPrompts,
    ...(redaction ? redactionExtensions(redaction) : []),
    ...(comments ? [CommentThreads.configure({ setup: comments })] : []),
    ...(parseReviewDocumentName(provider.roomname)?.kind === 'report' ? [RecommendationNumberLabels] : []),
  ]
}
