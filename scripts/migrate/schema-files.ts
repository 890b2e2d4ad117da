import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { displayPath } from './display-path'
import { MigrateError } from './migrate-error'

export type SchemaFile = { path: string; content: string }

/** One schema file, or every `*.prisma` file under a folder (Prisma's multi-file schemas). */
export async function readSchemaFiles(schemaPath: string): Promise<SchemaFile[]> {
  const resolved = path.resolve(schemaPath)
  const info = await stat(resolved).catch(() => undefined)
  if (!info) throw new MigrateError(`Prisma schema not found at ${schemaPath}.`)
  const files = info.isDirectory()
    ? (await readdir(resolved, { recursive: true }))
        .filter((name) => name.endsWith('.prisma'))
        .sort()
        .map((name) => path.join(resolved, name))
    : [resolved]
  if (files.length === 0) throw new MigrateError(`No .prisma file under ${schemaPath}.`)
  return Promise.all(files.map(async (file) => ({ path: displayPath(file), content: await readFile(file, 'utf8') })))
}
