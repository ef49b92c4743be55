/**
 * @module
 * The register as the media statement's editor has it: the server's register view
 * (`/media-statement/register`: pseudonyms, and only the names already typed in the statement) kept in
 * a local Y.Doc that is never synced, in the register's own format, so that the report's redaction
 * machinery (live detection, pseudonym labels, the Redact dialog) works on it unchanged. Asked again
 * a moment after the statement changes and whenever the connection is made again.
 */
import { useEffect, useState } from 'react'
import * as Y from 'yjs'
import { MediaStatementRegisterViewSchema, type MediaStatementRegisterView } from '../../shared/api/mediaStatement'
import { PublicRolesSchema } from '../../shared/redaction/register'
import { REGISTER_MAP, putEntity, writePublicRoles } from '../../shared/redaction/registerDoc'
import { getJson } from '../api/http'
import type { Collaboration } from '../collab/useCollaboration'
import { closeRedactionSetup, openRedactionSetup, type RedactionSetup } from '../redaction/redactionSetup'

/** How long after a change to the statement the register view is asked for again. */
export const REGISTER_REFRESH_DELAY = 800
/** The real name of an entity whose names are not in the statement: no term, so it matches nothing. */
const NOT_IN_STATEMENT = '…'

/** Writes the view into the local register doc, as one change. */
export function writeRegisterView(doc: Y.Doc, view: MediaStatementRegisterView): void {
  const register = doc.getMap<unknown>(REGISTER_MAP)
  doc.transact(() => {
    for (const id of [...register.keys()]) register.delete(id)
    for (const { id, category, pseudonym, names } of view.entities) {
      const [realName = NOT_IN_STATEMENT, ...aliases] = names
      putEntity(doc, id, { realName, aliases, category, pseudonym })
    }
    // Names with no pseudonym fail the register's schema on purpose: they are searched for, and redacted ad hoc.
    view.otherNames.forEach((name, index) => register.set(`unlisted-${index}`, { realName: name }))
    writePublicRoles(doc, { ...PublicRolesSchema.parse({}), boardName: view.boardName })
  })
}

async function refresh(reviewId: string, doc: Y.Doc, last: { json: string }, signal: AbortSignal): Promise<void> {
  const view = await getJson(`/api/reviews/${reviewId}/media-statement/register`, MediaStatementRegisterViewSchema, signal, { quiet: true })
  const json = JSON.stringify(view)
  if (signal.aborted || json === last.json) return
  last.json = json
  writeRegisterView(doc, view)
}

/** The media statement's redaction setup while the page is shown; null until its first register view has arrived. */
export function useStatementRedaction(reviewId: string, { doc, provider }: Collaboration): RedactionSetup | null {
  const [setup, setSetup] = useState<RedactionSetup | null>(null)
  useEffect(() => {
    const local = new Y.Doc()
    const opened = openRedactionSetup(local, 'Public preview')
    const last = { json: '' }
    let controller: AbortController | null = null
    let timer: ReturnType<typeof setTimeout> | undefined
    const fetchNow = () => {
      controller?.abort()
      const current = (controller = new AbortController())
      refresh(reviewId, local, last, current.signal).then(
        () => setSetup(opened),
        // A failed refresh keeps the last view; the next change or reconnection asks again.
        () => {},
      )
    }
    const later = () => {
      clearTimeout(timer)
      timer = setTimeout(fetchNow, REGISTER_REFRESH_DELAY)
    }
    const onSync = (synced: boolean) => synced && fetchNow()
    doc.on('update', later)
    provider.on('sync', onSync)
    fetchNow()
    return () => {
      clearTimeout(timer)
      controller?.abort()
      doc.off('update', later)
      provider.off('sync', onSync)
      setSetup(null)
      closeRedactionSetup(opened)
      local.destroy()
    }
  }, [reviewId, doc, provider])
  return setup
}
