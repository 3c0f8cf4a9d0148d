import { createRequestCounter, type RequestCounter } from '@dbtooling/dynamo-client'
import { defineModel } from '@dbtooling/schema'
import { createOrm, Model } from '../../../src/index'
import { localClient, uniqueTableName } from '../../support'

export const accountDefinition = defineModel({
  name: 'Account',
  traits: { useTimestamps: true, useVersioning: true },
  attributes: {
    id: { type: 'string', fillable: true },
    owner: { type: 'string', fillable: true },
    email: { type: 'string', unique: true, fillable: true },
    balance: { type: 'number', fillable: true, default: 0 },
    tags: { type: 'set', fillable: true },
    history: { type: 'array', fillable: true },
    note: { type: 'string', fillable: true },
  },
} as const)

export const noteDefinition = defineModel({
  name: 'Note',
  attributes: {
    id: { type: 'string', fillable: true },
    body: { type: 'string', fillable: true },
    views: { type: 'number', fillable: true },
    labels: { type: 'set', fillable: true },
    lines: { type: 'array', fillable: true },
  },
} as const)

export class Account extends Model(accountDefinition) {}
export class Note extends Model(noteDefinition) {}

/** An ORM over a fresh table with Account (versioned, unique email) and Note (plain), plus a request counter. */
export function fixtureOrm(prefix: string) {
  const counter: RequestCounter = createRequestCounter()
  const orm = createOrm({
    models: [Account, Note],
    client: localClient([counter]),
    design: { tableName: uniqueTableName(prefix) },
  })
  return { orm, counter }
}
