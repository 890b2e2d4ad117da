import { describe, expect, it } from 'vitest'
import { describeMigrationStatus, toMigrationStatus } from './migration-status'

const clean = { editedMigrationNames: [], failedMigrationNames: [], hasMigrationsTable: true, history: null }

describe('toMigrationStatus', () => {
  it('is up to date only when nothing is pending, missing, failed or edited', () => {
    expect(toMigrationStatus(['1_a'], clean).upToDate).toBe(true)
    expect(toMigrationStatus(['1_a'], { ...clean, editedMigrationNames: ['1_a'] }).upToDate).toBe(false)
    expect(toMigrationStatus(['1_a'], { ...clean, failedMigrationNames: ['1_a'] }).upToDate).toBe(false)
  })

  it('reads each history diagnostic', () => {
    const behind = toMigrationStatus(['1_a', '2_b'], { ...clean, history: { diagnostic: 'databaseIsBehind', unappliedMigrationNames: ['2_b'] } })
    expect(behind).toMatchObject({ unappliedMigrationNames: ['2_b'], missingFromDirectoryNames: [], upToDate: false })

    const ahead = toMigrationStatus(['1_a'], { ...clean, history: { diagnostic: 'migrationsDirectoryIsBehind', unpersistedMigrationNames: ['9_z'] } })
    expect(ahead).toMatchObject({ unappliedMigrationNames: [], missingFromDirectoryNames: ['9_z'], upToDate: false })

    const diverged = toMigrationStatus(['1_a', '2_b'], {
      ...clean,
      history: { diagnostic: 'historiesDiverge', lastCommonMigrationName: '1_a', unappliedMigrationNames: ['2_b'], unpersistedMigrationNames: ['2_c'] },
    })
    expect(diverged).toMatchObject({ unappliedMigrationNames: ['2_b'], missingFromDirectoryNames: ['2_c'], upToDate: false })
  })

  it('counts every migration as pending on a database that never had one', () => {
    const fresh = toMigrationStatus(['1_a', '2_b'], { ...clean, hasMigrationsTable: false })
    expect(fresh).toMatchObject({ unappliedMigrationNames: ['1_a', '2_b'], upToDate: false })
    expect(toMigrationStatus([], { ...clean, hasMigrationsTable: false }).upToDate).toBe(true)
  })
})

describe('describeMigrationStatus', () => {
  it('names every problem and ends with the verdict', () => {
    const lines = describeMigrationStatus(
      toMigrationStatus(['1_a', '2_b'], { ...clean, editedMigrationNames: ['1_a'], history: { diagnostic: 'databaseIsBehind', unappliedMigrationNames: ['2_b'] } }),
    )
    expect(lines).toEqual([
      '2 migrations found.',
      'Not yet applied:',
      '  2_b',
      'Modified after they were applied (checksum mismatch):',
      '  1_a',
      'Database schema is NOT up to date.',
    ])
    expect(describeMigrationStatus(toMigrationStatus(['1_a'], clean))).toEqual(['1 migration found.', 'Database schema is up to date.'])
  })
})
