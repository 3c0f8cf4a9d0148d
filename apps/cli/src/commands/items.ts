import { readFileSync } from 'node:fs'
import { CliError, usageError } from '../support/cli-error'
import { findModel, modelKey, requireModel, tableKey } from '../support/cli-model'
import type { GlobalFlags } from '../support/global-flags'
import { jsonReplacer, type Output } from '../support/output'
import { type OpenedProject, openProject } from '../support/project'
import { createRequestRecorder, describeRequests } from '../support/request-recorder'

export interface ItemFlags {
  explain?: boolean
  file?: string
}

/** Opens the project with a recorder on the client, so `--explain` prints what was really sent. */
export async function openRecorded(global: GlobalFlags) {
  const project = await openProject(global)
  const recorder = createRequestRecorder()
  project.orm.client.use(recorder)
  return { project, recorder }
}

/** Prints a result; with --explain the requests sent go into the JSON (`explain.sent`) or after the text. */
function printResult(
  out: Output,
  value: Record<string, unknown>,
  sent: string[] | null,
  human?: () => string,
) {
  if (out.json) {
    out.data(sent ? { ...value, explain: { sent } } : value)
    return
  }
  const text = human ? human() : JSON.stringify(value, jsonReplacer, 2)
  out.data(value, () => [text, ...(sent ?? []).map((line) => `sent: ${line}`)].join('\n'))
}

export async function runGet(
  target: string,
  key: string[],
  flags: ItemFlags,
  global: GlobalFlags,
  out: Output,
) {
  const { project, recorder } = await openRecorded(global)
  const item = await getItem(project, target, key)
  const sent = flags.explain ? describeRequests(recorder.requests) : null
  if (item === null) {
    for (const line of sent ?? []) process.stderr.write(`sent: ${line}\n`)
    throw new CliError(
      'NOT_FOUND',
      `no item at ${target} ${key.join(' ')}`,
      'check the key (get <Model> <id>)',
    )
  }
  printResult(out, { item }, sent, () => JSON.stringify(item, jsonReplacer, 2))
}

async function getItem(
  project: OpenedProject,
  target: string,
  key: string[],
): Promise<Record<string, unknown> | null> {
  const resolved = findModel(project.orm, target)
  if (resolved) {
    const found = await resolved.model.find(modelKey(resolved.entity, key))
    return found ? (found.toJSON() as Record<string, unknown>) : null
  }
  const { Item } = await project.orm.doc.get({ TableName: target, Key: tableKey(key) })
  return Item ?? null
}

export async function runPut(
  target: string,
  json: string | undefined,
  flags: ItemFlags,
  global: GlobalFlags,
  out: Output,
) {
  const attributes = readJsonObject(json, flags.file)
  const { project, recorder } = await openRecorded(global)
  const resolved = findModel(project.orm, target)
  let written: unknown
  if (resolved) written = (await resolved.model.create(attributes)).toJSON()
  else {
    await project.orm.doc.put({ TableName: target, Item: attributes })
    written = attributes
  }
  printResult(out, { item: written }, flags.explain ? describeRequests(recorder.requests) : null, () =>
    JSON.stringify(written, jsonReplacer, 2),
  )
}

export async function runDelete(
  target: string,
  key: string[],
  flags: ItemFlags,
  global: GlobalFlags,
  out: Output,
) {
  const { project, recorder } = await openRecorded(global)
  const resolved = findModel(project.orm, target)
  let deleted: boolean
  if (resolved) {
    const found = await resolved.model.find(modelKey(resolved.entity, key))
    if (found) await found.delete()
    deleted = found !== null
  } else {
    const { Attributes } = await project.orm.doc.delete({
      TableName: target,
      Key: tableKey(key),
      ReturnValues: 'ALL_OLD',
    })
    deleted = Attributes !== undefined
  }
  const sent = flags.explain ? describeRequests(recorder.requests) : null
  if (!deleted) {
    for (const line of sent ?? []) process.stderr.write(`sent: ${line}\n`)
    throw new CliError('NOT_FOUND', `no item at ${target} ${key.join(' ')}`, 'nothing was deleted')
  }
  printResult(out, { deleted: true }, sent, () => 'Deleted.')
}

function readJsonObject(json: string | undefined, file: string | undefined): Record<string, unknown> {
  const text = file ? readFileSync(file === '-' ? 0 : file, 'utf8') : json
  if (text === undefined)
    throw usageError('no item given', 'pass it as JSON: put User \'{"email":"a@b.c"}\', or --file item.json')
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw usageError(
      `the item is not valid JSON: ${(error as Error).message}`,
      'quote it for the shell: \'{"name":"Ada"}\'',
    )
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw usageError('the item must be a JSON object', 'e.g. {"name":"Ada"}')
  }
  return value as Record<string, unknown>
}

export { requireModel }
