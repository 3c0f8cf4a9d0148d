export { createProgram, VERSION } from './program'
