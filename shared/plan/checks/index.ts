export { checkPlan } from './checkPlan';
export { CHECKS, CHECK_DEFINITIONS, checkDefinition, isSwitchable } from './registry';
export { BACKING_METHODS, isBacked } from './methodBacking';
export type { CheckDefinition, Finding, FindingLocation, Section, Severity, Tier } from './finding';
