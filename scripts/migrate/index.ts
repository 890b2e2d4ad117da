// Migrations through Prisma's WebAssembly schema engine: docs/decisions/001.
export { migrateDeploy, type DeployResult } from './migrate-deploy'
export { migrateDev, type DevOptions, type DevResult } from './migrate-dev'
export { migrateReset } from './migrate-reset'
export { migrateResolve, type ResolveOptions } from './migrate-resolve'
export { migrateStatus } from './migrate-status'
export { describeMigrationStatus, type MigrationStatus } from './migration-status'
export { MigrateError } from './migrate-error'
export type { MigrateTarget } from './schema-engine-session'
