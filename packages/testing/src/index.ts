/** @dbtooling/testing: the pieces land here as they are built (see README.md). */
export const TESTING_PACKAGE = '@dbtooling/testing'
