/**
 * @module
 * Loads one API resource for a component, with loading and error states. `reload` fetches it again
 * (after a change), keeping what is shown until the new answer arrives.
 */
import { useCallback, useEffect, useState } from 'react'
import type { z } from 'zod'
import { asApiError, getJson, type ApiError } from './http'

export type Resource<T> = { state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'ready'; data: T }

export function useResource<T>(path: string, schema: z.ZodType<T>): Resource<T> & { reload: () => void } {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' })
  const [version, setVersion] = useState(0)
  useEffect(() => {
    const controller = new AbortController()
    if (version === 0) setResource({ state: 'loading' })
    getJson(path, schema, controller.signal).then(
      (data) => setResource({ state: 'ready', data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setResource({ state: 'error', error: asApiError(error) })
      },
    )
    return () => controller.abort()
  }, [path, schema, version])
  const reload = useCallback(() => setVersion((current) => current + 1), [])
  return { ...resource, reload }
}
