/**
 * @module
 * Who a recommendation is addressed to, in words: "the board" or an agency's name.
 */
import { BOARD_ADDRESSEE } from '../schema/recommendation.js'

export interface AddresseeAgency {
  id: string
  name: string
}

export const BOARD_LABEL = 'The safeguarding board'

/** The addressee's name, or null for an agency the review no longer has. */
export function addresseeLabel(addressee: string, agencies: readonly AddresseeAgency[]): string | null {
  if (addressee === BOARD_ADDRESSEE) return BOARD_LABEL
  return agencies.find((agency) => agency.id === addressee)?.name ?? null
}

/** "The safeguarding board, Police and Children's Social Care"; unknown agencies are left out. */
export function addresseesText(addressees: readonly string[], agencies: readonly AddresseeAgency[]): string {
  const names = addressees.map((addressee) => addresseeLabel(addressee, agencies)).filter((name): name is string => name !== null)
  if (names.length <= 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}
