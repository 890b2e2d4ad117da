import 'dotenv/config'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { foldDiacritics, nfc } from '../app/core/text/normalize'
import { createDb } from '../app/utils/db.server'
import { normalizePhone } from '../app/utils/phone'
import { hashPassword } from '../app/utils/password.server'
import { startEmbeddedPostgres } from '../server/db/embedded-postgres'
import { migrateDeploy } from './migrate/index'

/**
 * Creates (or promotes) an administrator:
 *   npm run admin:create -- --name "Quản trị viên" --email admin@example.vn --password '…'
 * Uses DATABASE_URL, or the embedded database under DATA_DIR (stop the app first: PGlite has one owner).
 */
const argsSchema = z
  .object({
    name: z.string().transform((s) => nfc(s).trim()).pipe(z.string().min(2, '--name is required')),
    email: z.email('--email must be an email').optional(),
    phone: z.string().optional().transform((s, ctx) => {
      if (!s) return undefined
      const p = normalizePhone(s)
      if (!p) ctx.addIssue({ code: 'custom', message: '--phone is not a Vietnamese phone number' })
      return p ?? undefined
    }),
    password: z.string().min(10, '--password needs at least 10 characters'),
  })
  .refine((a) => a.email || a.phone, '--email or --phone is required')

const { values } = parseArgs({ options: { name: { type: 'string' }, email: { type: 'string' }, phone: { type: 'string' }, password: { type: 'string' } } })
const parsed = argsSchema.safeParse(values)
if (!parsed.success) {
  process.stderr.write(`${parsed.error.issues.map((i) => i.message).join('\n')}\n`)
  process.exit(2)
}
const args = parsed.data
const root = path.resolve(import.meta.dirname, '..')
const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres({ dataDir: path.resolve(process.env.DATA_DIR ?? './data', 'pglite') })
const url = process.env.DATABASE_URL ?? embedded!.url
await migrateDeploy({ databaseUrl: url, schemaPath: path.join(root, 'prisma/schema.prisma'), migrationsDir: path.join(root, 'prisma/migrations'), quiet: true })
const db = createDb(url, 1)
try {
  const where = args.email ? { email: args.email.toLowerCase() } : { phone: args.phone! }
  const existing = await db.user.findUnique({ where })
  const passwordHash = await hashPassword(args.password)
  if (existing) {
    const roles = Array.from(new Set([...existing.roles, 'ADMIN' as const]))
    await db.user.update({ where: { id: existing.id }, data: { roles, passwordHash } })
    process.stdout.write(`Promoted ${existing.fullName} to administrator.\n`)
  } else {
    await db.user.create({
      data: { fullName: args.name, fullNameKey: foldDiacritics(args.name), email: args.email?.toLowerCase(), phone: args.phone, passwordHash, roles: ['ADMIN'] },
    })
    process.stdout.write(`Created administrator ${args.name}.\n`)
  }
} finally {
  await db.$disconnect()
  await embedded?.stop()
}
