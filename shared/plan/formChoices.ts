import type { Bilingual } from '../i18n/bilingual';
import type { AssessmentMethod, AssessmentTool, Equipment, TeachingMethod } from './schema';

/**
 * The fixed choices of the report's 表5, 表6 and 表8, in the words and the order the official form
 * prints them (zh), with their English names. The documents and the checks both read them here.
 */

export const TEACHING_METHOD_LABEL: Readonly<Record<TeachingMethod, Bilingual>> = {
  lecture: { zh: '講述', en: 'lecture' },
  discussion: { zh: '討論', en: 'discussion' },
  practice: { zh: '演練', en: 'practice' },
  collaborative: { zh: '協同', en: 'collaborative teaching' },
  project: { zh: '專題', en: 'project' },
  demonstration: { zh: '示範', en: 'demonstration' },
  case: { zh: '案例', en: 'case study' },
  other: { zh: '其他', en: 'other' },
};

export const EQUIPMENT_LABEL: Readonly<Record<Equipment, Bilingual>> = {
  computer: { zh: '電腦', en: 'computer' },
  projector: { zh: '投影', en: 'projector' },
  microphone: { zh: '麥克風', en: 'microphone' },
  board: { zh: '黑白板', en: 'board' },
  'video-conferencing': { zh: '視訊軟體及鏡頭', en: 'video-conferencing software and camera' },
  speaker: { zh: '喇叭', en: 'speakers' },
  other: { zh: '其他', en: 'other' },
};

export const ASSESSMENT_METHOD_LABEL: Readonly<Record<AssessmentMethod, Bilingual>> = {
  test: { zh: '測驗', en: 'test' },
  assignment: { zh: '作業評量', en: 'assignment' },
  practical: { zh: '實作評量', en: 'practical assessment' },
  oral: { zh: '口頭報告', en: 'oral presentation' },
  none: { zh: '無', en: 'none' },
  other: { zh: '其他', en: 'other' },
};

export const ASSESSMENT_TOOL_LABEL: Readonly<Record<AssessmentTool, Bilingual>> = {
  'test-paper': { zh: '測驗卷', en: 'test paper' },
  questions: { zh: '評量題目', en: 'assessment questions' },
  'feedback-form': { zh: '意見回饋表', en: 'feedback form' },
  checklist: { zh: '檢核表', en: 'checklist' },
  none: { zh: '無', en: 'none' },
  other: { zh: '其他', en: 'other' },
};
