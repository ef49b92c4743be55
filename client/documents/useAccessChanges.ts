/**
 * @module
 * When the person's role in the review changes, or they are removed from it, the server closes their
 * document connections (close code `AccessChanged`). The page then asks for the review again, so that
 * it shows what the new access allows: the document read-only, or a page saying it cannot be opened.
 */
import { useEffect } from 'react'
import { CloseCode } from '../../shared/collab/closeCodes'
import type { Collaboration } from '../collab/useCollaboration'

export function useAccessChanges({ provider }: Collaboration, onChanged: () => void): void {
  useEffect(() => {
    const closed = (event: CloseEvent | null) => {
      if (event?.code === CloseCode.AccessChanged) onChanged()
    }
    provider.on('connection-close', closed)
    return () => provider.off('connection-close', closed)
  }, [provider, onChanged])
}
