/**
 * @module
 * The accounts a test or benchmark server starts with (the admin and the demo accounts of Child K, with
 * known passwords instead of printed ones), and signing in through the API. No Vitest here, so
 * benchmarks can use it too.
 */
export const ADMIN_PASSWORD = 'admin-password-1'
export const DEMO_PASSWORD = 'demo-password-1'

/** The demo accounts as the README lists them, by role. */
export const ACCOUNTS = {
  admin: 'admin@example.org',
  author: 'author@example.org',
  panel: 'panel@example.org',
  panel2: 'panel2@example.org',
  /** The health agency's IMR author. */
  agency: 'agency@example.org',
  comms: 'comms@example.org',
} as const

export function passwordOf(email: string): string {
  return email === ACCOUNTS.admin ? ADMIN_PASSWORD : DEMO_PASSWORD
}

/** Signs in with `POST /api/auth/login` and returns the session token. */
export async function signIn(baseUrl: string, email: string, password = passwordOf(email)): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`signing in as ${email} answered ${response.status}: ${await response.text()}`)
  const { token } = (await response.json()) as { token: string }
  return token
}
