import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '~/generated/prisma/client'

export type Db = InstanceType<typeof PrismaClient>
export { Prisma } from '~/generated/prisma/client'

/** One client per process; routes reach it through the load context, never a module singleton. */
export function createDb(connectionString: string, poolMax = 10): Db {
  const adapter = new PrismaPg({ connectionString, max: poolMax })
  return new PrismaClient({ adapter })
}
