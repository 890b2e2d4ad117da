/** A failure the migrate commands explain in one message; the CLI prints it and exits 1. */
export class MigrateError extends Error {
  override name = 'MigrateError'
  constructor(
    message: string,
    /** Prisma's error code when the engine gave one (e.g. P3006, P1001). */
    readonly code?: string,
  ) {
    super(message)
  }
}
