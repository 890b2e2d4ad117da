import { randomBytes } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'

const fileSchema = z.object({ session: z.string().min(32), certificate: z.string().min(32), csrf: z.string().min(32) })
export type Secrets = z.infer<typeof fileSchema>

/**
 * Production must give its secrets (env validation enforces it). Elsewhere they
 * are generated once and kept in DATA_DIR, so sessions and certificate codes
 * survive a restart of the demo.
 */
export async function resolveSecrets(
  given: { session?: string; certificate?: string },
  dataDir: string,
): Promise<Secrets> {
  const file = path.join(dataDir, 'secrets.json')
  let stored: Secrets | undefined
  try {
    stored = fileSchema.parse(JSON.parse(await readFile(file, 'utf8')))
  } catch {
    stored = undefined
  }
  const fresh = () => randomBytes(32).toString('base64url')
  const secrets: Secrets = {
    session: given.session ?? stored?.session ?? fresh(),
    certificate: given.certificate ?? stored?.certificate ?? fresh(),
    csrf: stored?.csrf ?? given.session ?? fresh(),
  }
  if (!stored || stored.session !== secrets.session || stored.certificate !== secrets.certificate) {
    await mkdir(dataDir, { recursive: true })
    await writeFile(file, JSON.stringify(secrets), { mode: 0o600 })
  }
  return secrets
}
