/**
 * @module
 * The agencies of a new review, typed as names one per line, given the short ids their IMRs are
 * known by ("Children's Social Care" → `childrens-social-care`).
 */
import type { Agency } from '../../shared/api/reviews'

export const MAX_AGENCIES = 30
export const MAX_AGENCY_NAME = 120

export function slugFor(text: string, maxLength = 60): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '')
}

export type AgencyCheck = { ok: true; agencies: Agency[] } | { ok: false; message: string }

export function agenciesFromLines(text: string): AgencyCheck {
  const names = text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
  if (names.length > MAX_AGENCIES) return { ok: false, message: `Enter ${MAX_AGENCIES} agencies or fewer` }
  const agencies: Agency[] = []
  for (const name of names) {
    if (name.length > MAX_AGENCY_NAME) return { ok: false, message: `Agency names must be ${MAX_AGENCY_NAME} characters or fewer` }
    const base = slugFor(name, 56)
    if (!base) return { ok: false, message: 'Agency names must include letters or numbers' }
    if (agencies.some((agency) => agency.name.toLowerCase() === name.toLowerCase())) return { ok: false, message: `“${name}” is listed twice` }
    let id = base
    for (let suffix = 2; agencies.some((agency) => agency.id === id); suffix++) id = `${base}-${suffix}`
    agencies.push({ id, name })
  }
  return { ok: true, agencies }
}
