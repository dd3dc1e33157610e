import { describe, expect, it } from 'vitest';
import { ASSESSMENT_METHOD_OPTIONS, EQUIPMENT_OPTIONS, TEACHING_METHOD_OPTIONS } from '../../../shared/export/labels';
import { ASSESSMENT_METHOD_LABEL, ASSESSMENT_TOOL_LABEL, EQUIPMENT_LABEL, TEACHING_METHOD_LABEL } from '../../../shared/plan/formChoices';
import { AssessmentMethodSchema, AssessmentToolSchema, EquipmentSchema, TeachingMethodSchema } from '../../../shared/plan/schema';

describe('form choices', () => {
  it('name every choice of the schema, in the order the form prints them', () => {
    expect(Object.keys(TEACHING_METHOD_LABEL)).toEqual(TeachingMethodSchema.options);
    expect(Object.keys(EQUIPMENT_LABEL)).toEqual(EquipmentSchema.options);
    expect(Object.keys(ASSESSMENT_METHOD_LABEL)).toEqual(AssessmentMethodSchema.options);
    expect(Object.keys(ASSESSMENT_TOOL_LABEL)).toEqual(AssessmentToolSchema.options);
  });

  it('print in the documents with the same words the checks use', () => {
    expect(TEACHING_METHOD_OPTIONS).toContainEqual(['lecture', '講述']);
    expect(EQUIPMENT_OPTIONS.map(([, zh]) => zh)).toEqual(Object.values(EQUIPMENT_LABEL).map((label) => label.zh));
    expect(ASSESSMENT_METHOD_OPTIONS.at(-1)).toEqual(['other', '其他']);
  });
});
