import type { Db } from '~/utils/db.server'
import type { Prisma } from '~/generated/prisma/client'

/** Records an organiser's change, for the audit trail organisers and auditors read. Works inside a transaction too. */
export async function audit(
  db: Pick<Db, 'auditLog'> | Prisma.TransactionClient,
  actor: { id: string; organisationId: string | null },
  action: string,
  entityType: string,
  entityId: string,
  data: Prisma.InputJsonValue = {},
) {
  await db.auditLog.create({ data: { organisationId: actor.organisationId, actorId: actor.id, action, entityType, entityId, data } })
}
