import { useEffect, useState } from 'react'

/** The time now, again every `interval` ms: for "3 minutes ago" to stay true. */
export function useNow(interval = 30_000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), interval)
    return () => clearInterval(timer)
  }, [interval])
  return now
}
