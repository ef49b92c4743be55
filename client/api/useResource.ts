/**
 * @module
 * Loads one API resource for a component, with loading and error states.
 */
import { useEffect, useState } from 'react'
import type { z } from 'zod'
import { ApiError, getJson } from './http'

export type Resource<T> = { state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'ready'; data: T }

export function useResource<T>(path: string, schema: z.ZodType<T>): Resource<T> {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' })
  useEffect(() => {
    const controller = new AbortController()
    setResource({ state: 'loading' })
    getJson(path, schema, controller.signal).then(
      (data) => setResource({ state: 'ready', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return
        setResource({ state: 'error', error: error instanceof ApiError ? error : new ApiError(0, 'unknown', 'Something went wrong.') })
      },
    )
    return () => controller.abort()
  }, [path, schema])
  return resource
}
