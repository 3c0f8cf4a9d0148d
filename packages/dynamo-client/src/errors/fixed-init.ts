import type { DynamoDBErrorInit } from './dynamodb-error'

export type Init = Omit<DynamoDBErrorInit, 'code' | 'hint' | 'retryable'> & { code?: string }

/** Builds the init for a subclass with its fixed code, hint and retryability. */
export function fixed(init: Init, code: string, retryable: boolean, hint: string): DynamoDBErrorInit {
  return { ...init, code: init.code ?? code, retryable, hint }
}
