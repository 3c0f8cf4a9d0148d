import { defineModel } from '@dbtooling/schema'
import { describe, expect, it } from 'vitest'
import { createOrm, isWrongEntityTypeError, Model } from '../../src/index'

const offline = {
  endpoint: 'http://127.0.0.1:9',
  region: 'us-east-1',
  credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
}
const noteDefinition = defineModel({
  name: 'Note',
  attributes: {
    body: { type: 'string', fillable: true },
    tags: { type: 'array', fillable: true },
    views: { type: 'number', fillable: true, default: 7 },
  },
} as const)
const tagDefinition = defineModel({
  name: 'Tag',
  attributes: { label: { type: 'string', fillable: true } },
} as const)
const orm = createOrm({ models: [noteDefinition, tagDefinition], clientConfig: offline, setDefault: false })
/** A stored item as a read returns it (the model takes it over, as hydration from a response does). */
const stored = () => ({ pk: 'NOTE#n1', sk: 'NOTE#n1', _et: 'Note', id: 'n1', body: 'hi', tags: ['a'] })

describe('hydrating a stored item', () => {
  it('refuses, in Model.hydrate, an item whose entity type names another model, and takes one without it', () => {
    const Note = orm.model('Note')
    const tagItem = { pk: 'TAG#t1', sk: 'TAG#t1', _et: 'Tag', id: 't1', label: 'x' }
    let caught: unknown
    try {
      Note.hydrate(tagItem)
    } catch (error) {
      caught = error
    }
    expect(isWrongEntityTypeError(caught)).toBe(true)
    expect(caught).toMatchObject({ code: 'WRONG_ENTITY_TYPE', model: 'Note', found: 'Tag' })
    expect((caught as Error).message).toContain('_et is "Tag", not "Note"')
    expect(Note.hydrate(stored()).getAttribute('body')).toBe('hi')
    const { _et, ...untyped } = stored()
    expect(Note.hydrate(untyped).getAttribute('body')).toBe('hi')
  })

  it('starts clean from the item: no defaults added, storage attributes left out, lists copied', () => {
    const note = orm.ctx.hydrate('Note', stored())
    expect(note.toJSON()).toEqual({ id: 'n1', body: 'hi', tags: ['a'] })
    expect(note.exists).toBe(true)
    expect(note.isDirty()).toBe(false)
    ;(note.getAttribute('tags') as string[]).push('b')
    expect(note.isDirty('tags' as never)).toBe(true)
  })

  it('gives a model made by user code its defaults, even while another model is being hydrated', () => {
    let inner: unknown
    class Note extends Model(noteDefinition) {
      constructor(attributes?: Record<string, unknown>) {
        // A model built before super() must not take the item meant for this one.
        inner = new Tags({ label: 'side' })
        super(attributes as never)
      }
    }
    const own = createOrm({ models: [Note, tagDefinition], clientConfig: offline, setDefault: true })
    const Tags = own.model('Tag')
    const note = own.ctx.hydrate('Note', stored())
    expect(note).toBeInstanceOf(Note)
    expect(note.toJSON()).toEqual({ id: 'n1', body: 'hi', tags: ['a'] })
    expect((inner as InstanceType<typeof Tags>).toJSON()).toEqual({ label: 'side' })
    const Notes = own.model('Note')
    expect(new Notes().getAttribute('views')).toBe(7)
  })
})
