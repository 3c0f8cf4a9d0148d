export { buildAccessPatterns } from './build-access-patterns'
export { describeAccess, sampleValue } from './samples'
