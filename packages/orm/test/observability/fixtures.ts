import { defineModel } from '@dbtooling/schema'
import pino from 'pino'

export const Author = defineModel({
  name: 'Author',
  attributes: {
    id: { type: 'string', fillable: true },
    email: { type: 'string', unique: true, fillable: true },
    name: { type: 'string', fillable: true },
  },
  hasMany: ['Book'],
} as const)

export const Book = defineModel({
  name: 'Book',
  attributes: {
    id: { type: 'string', fillable: true },
    title: { type: 'string', fillable: true },
    authorId: { type: 'string', fillable: true },
  },
  belongsTo: ['Author'],
} as const)

export interface PinoLine {
  level: number
  msg: string
  operation: string
  table: string
  index?: string
  entity?: string
  pattern?: string
  durationMs: number
  attempts: number
  throttles: number
  capacity?: { capacityUnits: number; readCapacityUnits: number; writeCapacityUnits: number }
  itemsRead?: number
  itemsReturned?: number
  requestId?: string
  key?: Record<string, string>
  slow: boolean
  wholeTypeRead: boolean
}

/** A real pino logger writing JSON lines into memory. */
export function memoryPino(level = 'debug') {
  const lines: PinoLine[] = []
  const logger = pino({ level }, { write: (line: string) => lines.push(JSON.parse(line) as PinoLine) })
  return { logger, lines }
}

export const PINO_LEVEL = { trace: 10, debug: 20, info: 30, warn: 40, error: 50 } as const
