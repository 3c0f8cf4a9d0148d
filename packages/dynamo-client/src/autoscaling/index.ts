export { AutoScalingClient, type AutoScalingClientConfig } from './autoscaling-client'
export { AutoScalingError, isAutoScalingError } from './autoscaling-error'
export { autoScalingClientFor } from './client-for'
export type * from './types'
