import type { InferAttributes } from '@dbtooling/schema'
import { createQueryBuilder, type QueryContext } from '../../src/query/index'
import { type Post, type Profile, type Team, testDesign, type User } from './fixtures'

/** A context for compiling only: sending anything fails the test. */
export function unitContext(options: QueryContext['options'] = {}): QueryContext {
  const fail = () => Promise.reject(new Error('unit tests must not send requests'))
  return {
    design: testDesign(),
    tableName: 'query-unit',
    doc: { query: fail, scan: fail, get: fail },
    options,
    hydrate: (_entity, item) => item,
  }
}

export function builders(ctx: QueryContext = unitContext()) {
  return {
    users: createQueryBuilder<typeof User, InferAttributes<typeof User>>(ctx, 'User'),
    posts: createQueryBuilder<typeof Post>(ctx, 'Post'),
    teams: createQueryBuilder<typeof Team>(ctx, 'Team'),
    profiles: createQueryBuilder<typeof Profile>(ctx, 'Profile'),
  }
}
