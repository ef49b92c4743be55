/**
 * @module
 * The toolbar's Finding and Recommendation buttons: each inserts a new block at the cursor, numbered
 * by where it stands. Like every toolbar control, they are reached with Tab and the arrow keys.
 */
import type { Editor } from '@tiptap/core'
import { FINDING } from '../../shared/schema/finding'
import { RECOMMENDATION } from '../../shared/schema/recommendation'
import { ToolbarButton } from '../editor/ToolbarButton'
import { insertBlock } from './insertBlock'

export function RecommendationTools({ editor }: { editor: Editor }) {
  return (
    <div className="app-toolbar__group">
      <ToolbarButton label="Insert a finding" onClick={() => insertBlock(editor, FINDING)}>
        Finding
      </ToolbarButton>
      <ToolbarButton label="Insert a recommendation" onClick={() => insertBlock(editor, RECOMMENDATION)}>
        Recommendation
      </ToolbarButton>
    </div>
  )
}
