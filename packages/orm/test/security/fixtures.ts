import { randomBytes } from 'node:crypto'
import type { Middleware } from '@dbtooling/dynamo-client'
import { defineModel } from '@dbtooling/schema'
import { createOrm, LocalKeyring, Model, type SecurityOptions } from '../../src/index'
import { localClient, uniqueTableName } from '../support'

export const patientDefinition = defineModel({
  name: 'Patient',
  traits: { useUuid: true, useTimestamps: true },
  attributes: {
    name: { type: 'string', fillable: true, required: true },
    ssn: { type: 'string', fillable: true, encrypted: true, searchable: true },
    diagnosis: { type: 'string', fillable: true, encrypted: true },
    chart: { type: 'json', fillable: true, encrypted: true },
    phone: { type: 'string', fillable: true, masked: true },
  },
} as const)

export const keyA = randomBytes(32)
export const keyB = randomBytes(32)
export const blindIndexKey = randomBytes(32)

/** Secrets a test writes; the guard fails the request that carries any of them in plaintext. */
export const SECRETS = ['123-45-6789', '987-65-4321', 'hypertension', 'penicillin-allergy'] as const

/**
 * A middleware that inspects every request body on the wire and records each one holding a secret in
 * plaintext (middleware cannot fail a call, so tests assert `leaks` is empty and `checked` counts up).
 */
export function plaintextGuard(
  secrets: readonly string[] = SECRETS,
): Middleware & { checked: number; leaks: string[]; operations: string[] } {
  const guard = {
    name: 'plaintext-guard',
    checked: 0,
    leaks: [] as string[],
    operations: [] as string[],
    onRequest(event: { operation: string; input: unknown }) {
      guard.checked++
      guard.operations.push(event.operation)
      const body = JSON.stringify(event.input)
      for (const secret of secrets)
        if (body.includes(secret)) guard.leaks.push(`${event.operation}: ${secret}`)
    },
  }
  return guard
}

export function patientOrm(
  tableName = uniqueTableName('sec'),
  security?: SecurityOptions,
  middleware: Middleware[] = [],
) {
  const guard = plaintextGuard()
  const orm = createOrm({
    models: [patientDefinition],
    client: localClient([guard, ...middleware]),
    design: { tableName },
    security: security ?? {
      encryption: { keys: new LocalKeyring({ keys: { a: keyA } }), blindIndexKey },
    },
    setDefault: false,
  })
  const Patient = Model(patientDefinition, orm)
  return { orm, Patient, guard, tableName }
}
