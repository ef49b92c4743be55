/**
 * @module
 * Accounts and sessions as the API shows them.
 */
import { z } from 'zod'
import { ReviewRoleSchema } from '../auth/roles.js'
import { SlugSchema } from './reviews.js'
import { singleLineText } from './text.js'

export const SESSION_COOKIE = 'overview_session'

export const EmailSchema = z
  .string()
  .trim()
  .max(254, 'Enter an email address of 254 characters or fewer')
  .toLowerCase()
  .pipe(z.email('Enter an email address in the correct format, like name@example.org'))

export const LoginSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1, 'Enter your password').max(200),
})

export const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  isAdmin: z.boolean(),
})
export type User = z.infer<typeof UserSchema>

export const LoginResponseSchema = z.object({ token: z.string(), user: UserSchema })
export const MeSchema = z.object({ user: UserSchema })

export const UserListSchema = z.object({ users: z.array(UserSchema) })

export const CreateUserSchema = z.object({
  email: EmailSchema,
  name: singleLineText(120, 'Enter a name'),
})
export type CreateUser = z.infer<typeof CreateUserSchema>

/** `POST /api/users` answers with the new account and its generated password, the only time it is shown. */
export const CreatedUserSchema = z.object({ user: UserSchema, password: z.string() })
export type CreatedUser = z.infer<typeof CreatedUserSchema>

export const AddMemberSchema = z
  .object({
    email: EmailSchema,
    role: ReviewRoleSchema,
    agencyId: SlugSchema.nullable().default(null),
  })
  .refine((member) => (member.role === 'agency') === (member.agencyId !== null), {
    message: 'An agency IMR author needs an agency; other roles have none.',
    path: ['agencyId'],
  })

export const MemberViewSchema = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  role: ReviewRoleSchema,
  agencyId: z.string().nullable(),
})
export type MemberView = z.infer<typeof MemberViewSchema>
export const MemberListSchema = z.object({ members: z.array(MemberViewSchema) })
