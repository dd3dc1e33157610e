import {
  AddiePhaseSchema,
  ApplicationTypeSchema,
  AssessmentMethodSchema,
  AssessmentToolSchema,
  CompetencyBasisSchema,
  EquipmentSchema,
  EVIDENCE_INDICATORS,
  StaffRoleSchema,
  TeachingMethodSchema,
  type AddiePhase,
  type ApplicationType,
  type AssessmentMethod,
  type AssessmentTool,
  type CompetencyBasis,
  type Equipment,
  type EvidenceIndicator,
  type StaffRole,
  type TeachingMethod,
} from '../../../shared/plan/schema';

/** The fixed choices of the report's forms, in the order the report prints them. */
export const TEACHING_METHOD_OPTIONS: readonly TeachingMethod[] = TeachingMethodSchema.options;
export const EQUIPMENT_OPTIONS: readonly Equipment[] = EquipmentSchema.options;
export const ASSESSMENT_METHOD_OPTIONS: readonly AssessmentMethod[] = AssessmentMethodSchema.options;
export const ASSESSMENT_TOOL_OPTIONS: readonly AssessmentTool[] = AssessmentToolSchema.options;
export const STAFF_ROLE_OPTIONS: readonly StaffRole[] = StaffRoleSchema.options;
export const BASIS_OPTIONS: readonly CompetencyBasis[] = CompetencyBasisSchema.options;
export const APPLICATION_TYPE_OPTIONS: readonly ApplicationType[] = ApplicationTypeSchema.options;
export const ADDIE_PHASE_OPTIONS: readonly AddiePhase[] = AddiePhaseSchema.options;
export const EVIDENCE_INDICATOR_OPTIONS: readonly EvidenceIndicator[] = EVIDENCE_INDICATORS;
export const LEVEL_OPTIONS = [1, 2, 3, 4, 5, 6] as const;
