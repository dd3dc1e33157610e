import { ADVISORY_CHECKS } from './advisory';
import { CONSISTENCY_CHECKS } from './consistency';
import type { Check } from './context';
import { COURSE_NAME_CHECKS } from './courseName';
import type { CheckDefinition } from './finding';
import { FORM_CHECKS } from './form';

/**
 * Every check, in the order findings are reported: form rules, course-name rules, consistency,
 * advisory. A code, once published, never changes meaning: plans store disabled codes.
 */
export const CHECKS: readonly Check[] = [...FORM_CHECKS, ...COURSE_NAME_CHECKS, ...CONSISTENCY_CHECKS, ...ADVISORY_CHECKS];

/** The registry as the UI lists it: code, tier, default severity, title; no rule bodies. */
export const CHECK_DEFINITIONS: readonly CheckDefinition[] = CHECKS.map(({ code, tier, severity, title, titleEn }) => ({
  code, tier, severity, title, titleEn,
}));

const byCode = new Map(CHECK_DEFINITIONS.map((definition) => [definition.code, definition]));

export function checkDefinition(code: string): CheckDefinition | undefined {
  return byCode.get(code);
}

/** Only advisory checks can be switched off (plan.checkSettings.disabled). */
export function isSwitchable(code: string): boolean {
  return byCode.get(code)?.tier === 'advisory';
}
