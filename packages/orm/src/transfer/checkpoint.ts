import { existsSync, readFileSync, rmSync } from 'node:fs'
import { rename, writeFile } from 'node:fs/promises'
import { TransferError } from './transfer-error'

/** Where an import stands: every row up to `line` is written or reported. */
export interface ImportCheckpoint {
  readonly file: string
  readonly line: number
  readonly read: number
  readonly written: number
  readonly rejected: number
  readonly updatedAt: string
}

export function readCheckpoint(path: string, file: string): ImportCheckpoint | null {
  if (!existsSync(path)) return null
  const checkpoint = JSON.parse(readFileSync(path, 'utf8')) as ImportCheckpoint
  if (checkpoint.file !== file) {
    throw new TransferError(
      'CHECKPOINT_MISMATCH',
      `the checkpoint ${path} belongs to an import of ${checkpoint.file}, not ${file}`,
      'pass another checkpointFile, or delete the old checkpoint to start over',
    )
  }
  return checkpoint
}

/**
 * Written after each batch: a killed import resumes after the last batch DynamoDB acknowledged. Not with the
 * sync calls: a rename took 2-3 ms on a loaded machine, and the event loop, blocked, left responses waiting.
 */
export async function writeCheckpoint(
  path: string,
  checkpoint: Omit<ImportCheckpoint, 'updatedAt'>,
): Promise<void> {
  const tmp = `${path}.tmp`
  await writeFile(tmp, JSON.stringify({ ...checkpoint, updatedAt: new Date().toISOString() }))
  // rename is atomic: a kill mid-write never leaves a torn checkpoint.
  await rename(tmp, path)
}

export function clearCheckpoint(path: string): void {
  rmSync(path, { force: true })
}
