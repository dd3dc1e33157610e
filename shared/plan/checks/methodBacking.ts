import type { AssessmentMethod, TeachingMethod } from '../schema';

/**
 * Which teaching methods (表5) back an assessment method (表8): a unit should not assess what it did
 * not teach in a way that prepares for that assessment.
 *
 * | 評量方式 | backed by |
 * | --- | --- |
 * | 測驗 test | 講述, 討論, 案例, 示範, 協同 (methods that convey knowledge) |
 * | 作業評量 assignment | 演練, 專題, 案例, 討論, 協同 (work the assignment continues) |
 * | 實作評量 practical | 演練, 示範, 專題 (the learner has seen and done the task) |
 * | 口頭報告 oral | 討論, 專題, 案例, 協同 (the learner has prepared and presented) |
 * | 其他 other | any teaching method |
 * | 無 none | nothing needed |
 *
 * A teaching method 「其他」 is free text the app cannot read, so it backs every assessment method
 * (consistency findings cannot be switched off, and a described method deserves the benefit of the doubt).
 */
export const BACKING_METHODS: Readonly<Record<AssessmentMethod, readonly TeachingMethod[] | 'any' | 'none'>> = {
  test: ['lecture', 'discussion', 'case', 'demonstration', 'collaborative'],
  assignment: ['practice', 'project', 'case', 'discussion', 'collaborative'],
  practical: ['practice', 'demonstration', 'project'],
  oral: ['discussion', 'project', 'case', 'collaborative'],
  other: 'any',
  none: 'none',
};

/** Whether the unit's teaching methods back the assessment method. */
export function isBacked(assessment: AssessmentMethod, methods: readonly TeachingMethod[]): boolean {
  const backing = BACKING_METHODS[assessment];
  if (backing === 'none') return true;
  if (methods.includes('other')) return true;
  if (backing === 'any') return methods.length > 0;
  return backing.some((method) => methods.includes(method));
}
