/**
 * @module
 * Shows, in the empty first paragraph of each skeleton section, what that section is for. Only a
 * decoration: nothing is written into the shared document.
 */
import { Extension } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { REPORT_SKELETON, SECTION_HEADING_LEVEL } from '../../shared/schema'

const PROMPTS = new Map<string, string>(REPORT_SKELETON.map((section) => [section.kind, section.prompt]))

export function sectionPromptDecorations(doc: ProseMirrorNode): DecorationSet {
  const decorations: Decoration[] = []
  let previous: ProseMirrorNode | null = null
  doc.forEach((node, offset) => {
    const prompt =
      previous?.type.name === 'heading' && previous.attrs.level === SECTION_HEADING_LEVEL ? PROMPTS.get(String(previous.attrs.sectionKind)) : undefined
    if (prompt && node.type.name === 'paragraph' && node.childCount === 0) {
      decorations.push(Decoration.node(offset, offset + node.nodeSize, { class: 'app-section-prompt', 'data-prompt': prompt }))
    }
    previous = node
  })
  return DecorationSet.create(doc, decorations)
}

export const SectionPrompts = Extension.create({
  name: 'sectionPrompts',

  addProseMirrorPlugins() {
    const { editor } = this
    return [
      new Plugin({
        key: new PluginKey('sectionPrompts'),
        state: {
          init: (_config, state) => sectionPromptDecorations(state.doc),
          apply: (tr, previous) => (tr.docChanged ? sectionPromptDecorations(tr.doc) : previous),
        },
        props: {
          // Prompts invite writing; someone who may only read sees the text alone.
          decorations(state) {
            return editor.isEditable ? this.getState(state) : DecorationSet.empty
          },
        },
      }),
    ]
  },
})
