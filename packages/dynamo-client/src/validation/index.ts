export { assertInputShape } from './assert-input-shape'
export { type InputShapeProblem, InvalidInputError } from './input-shape-error'
