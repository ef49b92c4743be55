/**
 * @module
 * One collaborative document for a page: the Y.Doc, the stock y-websocket provider, and the states a
 * person needs to see (connection, whether their changes are saved, who else is here).
 */
import { useEffect, useState, useSyncExternalStore } from 'react'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { SAVED_STATE_PARAM } from '../../shared/collab/messages'
import { describeCloseCode } from '../../shared/collab/closeCodes'
import { useStoreValue } from '../app/valueStore'
import { ReadOnlyTracker } from './readOnlyState'
import { SavedStateTracker } from './savedState'

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline'

export interface Collaborator {
  clientId: number
  name: string
  color: string
}

export interface Collaboration {
  doc: Y.Doc
  provider: WebsocketProvider
  saved: SavedStateTracker
  readOnly: ReadOnlyTracker
}

export function collabServerUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:'
  return `${protocol}//${window.location.host}/collab`
}

function openCollaboration(documentName: string): Collaboration {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(collabServerUrl(), documentName, doc, {
    params: { [SAVED_STATE_PARAM]: '1' },
    maxBackoffTime: 5000,
  })
  return { doc, provider, saved: new SavedStateTracker(doc, provider), readOnly: new ReadOnlyTracker(provider) }
}

function closeCollaboration({ doc, provider, saved, readOnly }: Collaboration): void {
  saved.destroy()
  readOnly.destroy()
  provider.destroy()
  doc.destroy()
}

/** Opens the document while the component is mounted; null until then. */
export function useCollaboration(documentName: string): Collaboration | null {
  const [collaboration, setCollaboration] = useState<Collaboration | null>(null)
  useEffect(() => {
    const opened = openCollaboration(documentName)
    setCollaboration(opened)
    return () => {
      setCollaboration(null)
      closeCollaboration(opened)
    }
  }, [documentName])
  return collaboration
}

function useBrowserOnline(): boolean {
  return useSyncExternalStore(
    (listener) => {
      window.addEventListener('online', listener)
      window.addEventListener('offline', listener)
      return () => {
        window.removeEventListener('online', listener)
        window.removeEventListener('offline', listener)
      }
    },
    () => navigator.onLine,
  )
}

export interface ConnectionStatus {
  state: ConnectionState
  /** Why the server last closed the connection, when it said. */
  problem: string | null
  synced: boolean
}

export function useConnectionStatus({ provider }: Collaboration): ConnectionStatus {
  const online = useBrowserOnline()
  const [providerStatus, setProviderStatus] = useState<'connected' | 'connecting' | 'disconnected'>('connecting')
  const [everConnected, setEverConnected] = useState(false)
  const [synced, setSynced] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    const onStatus = ({ status }: { status: 'connected' | 'connecting' | 'disconnected' }) => {
      setProviderStatus(status)
      if (status === 'connected') {
        setEverConnected(true)
        setProblem(null)
      }
    }
    const onSync = (isSynced: boolean) => setSynced(isSynced)
    const onClose = (event: CloseEvent | null) => {
      setSynced(false)
      if (event && event.code >= 4000) setProblem(describeCloseCode(event.code))
    }
    provider.on('status', onStatus)
    provider.on('sync', onSync)
    provider.on('connection-close', onClose)
    // The socket can open, and even sync, before this effect subscribes; its events are then missed.
    if (provider.wsconnected) onStatus({ status: 'connected' })
    setSynced(provider.synced)
    return () => {
      provider.off('status', onStatus)
      provider.off('sync', onSync)
      provider.off('connection-close', onClose)
    }
  }, [provider])

  let state: ConnectionState
  if (!online) state = 'offline'
  else if (providerStatus === 'connected' && synced) state = 'connected'
  else state = everConnected ? 'reconnecting' : 'connecting'
  return { state, problem, synced }
}

export function useAllSaved({ saved }: Collaboration): boolean {
  return useStoreValue(saved)
}

/** True once the server has said this connection may only read. */
export function useServerReadOnly({ readOnly }: Collaboration): boolean {
  return useStoreValue(readOnly)
}

export function useCollaborators({ provider }: Collaboration): Collaborator[] {
  const [collaborators, setCollaborators] = useState<Collaborator[]>([])
  useEffect(() => {
    const { awareness } = provider
    const update = () => {
      const others: Collaborator[] = []
      awareness.getStates().forEach((state, clientId) => {
        if (clientId === awareness.clientID) return
        const user = (state as { user?: { name?: unknown; color?: unknown } }).user
        if (typeof user?.name !== 'string') return
        others.push({ clientId, name: user.name, color: typeof user.color === 'string' ? user.color : '#505a5f' })
      })
      others.sort((a, b) => a.name.localeCompare(b.name))
      setCollaborators(others)
    }
    update()
    awareness.on('change', update)
    return () => awareness.off('change', update)
  }, [provider])
  return collaborators
}
