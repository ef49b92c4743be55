import type { ReactNode } from 'react'
import type { Resource } from '../api/useResource'
import { Loading, ProblemPanel } from './ProblemPanel'

/**
 * One resource on a page: a loading message, then what `children` makes of it (its table, or a
 * sentence when it is empty), or a panel saying it could not be loaded.
 */
export function LoadedResource<T>(props: { resource: Resource<T>; loading: string; failed: string; children: (data: T) => ReactNode }) {
  const { resource, loading, failed, children } = props
  if (resource.state === 'loading') return <Loading label={loading} />
  if (resource.state === 'error') return <ProblemPanel title={failed} error={resource.error} />
  return <>{children(resource.data)}</>
}
