import * as z from 'zod';
import { LevelSchema } from '../standard/schema';

/**
 * A course plan (課程規劃): everything the iCAP report 「職能導向課程規劃與執行報告書」 asks for, so
 * that checks and exports need nothing the plan lacks. Stored one plan per file, versioned by
 * `schemaVersion`; older files are migrated on load (see migrations.ts).
 *
 * Text fields default to '' and lists to [] so that a plan being written is always a valid plan:
 * what is missing is a finding of the checks, never a parse error.
 */

export const PLAN_SCHEMA_VERSION = 2;

const text = z.string().default('');
const list = <T extends z.ZodType>(item: T) => z.array(item).default([]);
const hours = z.number().min(0).max(10_000);

/** 職能依據: a standard, a competency unit (職能單元), or the provider's own analysis. */
export const CompetencyBasisSchema = z.enum(['standard', 'unit', 'self-analysis']);
/** 類型: new application, renewal of category 1–3, or change. */
export const ApplicationTypeSchema = z.enum(['new', 'renewal-1', 'renewal-2', 'renewal-3', 'change']);

export const CoverSchema = z.object({
  /** 課程名稱 */
  nameZh: text,
  nameEn: text,
  basis: CompetencyBasisSchema.default('standard'),
  applicationType: ApplicationTypeSchema.default('new'),
  /** 申請單位 */
  applicantZh: text,
  applicantEn: text,
  /** 協力單位 */
  partners: text,
  /** 辦訓期間, ISO dates (YYYY-MM-DD) or '' */
  periodStart: text,
  periodEnd: text,
  /** 標章證號 and its expiry, once certified. */
  certificateNumber: text,
  certificateExpiry: text,
});

/** 壹 課程資訊 */
export const CourseInfoSchema = z.object({
  /** 訓練需求 (at most 1,000 characters; a check, not a parse rule) */
  needs: text,
  /** 課程簡介 */
  summary: text,
  /** 課程目的 */
  purpose: text,
  /** 課程時數 */
  totalHours: hours.default(0),
  /** 課程職能級別 */
  level: LevelSchema.nullable().default(null),
  /** 主要對象 (參訓資格) */
  audience: text,
  /** 先備條件 */
  prerequisites: text,
});

/** A standard the course is based on, by code (which carries the version, `ATC3521-004v2`). */
export const PlanStandardRefSchema = z.object({
  code: z.string().min(1),
  name: text,
  /** 版本 as printed (`V2`). */
  version: text,
});

/** 表1: one selected task with the P, K and S the course takes from it. */
export const SelectedTaskSchema = z.object({
  standardCode: z.string().min(1),
  taskId: z.string().min(1),
  /** 工作任務 in English, which the standard does not give. */
  nameEn: text,
  /** Level L for the course; defaults to the task's level. */
  level: LevelSchema.nullable().default(null),
  indicators: list(z.string()),
  knowledge: list(z.string()),
  skills: list(z.string()),
});

export const ItemKindSchema = z.enum(['task', 'indicator', 'knowledge', 'skill', 'attitude']);

/** How far a unit takes an item: introduced, practised, or assessed (Introduced / Reinforced / Mastered). */
export const DepthSchema = z.enum(['introduced', 'practised', 'assessed']);

/** A unit's claim to cover an item, with how deeply and where (a page, a question, an activity). */
export const CoverageLinkSchema = z.object({
  kind: ItemKindSchema,
  /** The item's code within its standard (`T1.1`, `P1.1.1`, `K01`, `A03`). */
  id: z.string().min(1),
  standardCode: z.string().min(1),
  depth: DepthSchema.default('introduced'),
  note: text,
});

/** 表5 教學方法 */
export const TeachingMethodSchema = z.enum(['lecture', 'discussion', 'practice', 'collaborative', 'project', 'demonstration', 'case', 'other']);
/** 表6 設備 */
export const EquipmentSchema = z.enum(['computer', 'projector', 'microphone', 'board', 'video-conferencing', 'speaker', 'other']);
/** 表8 評量方式 */
export const AssessmentMethodSchema = z.enum(['test', 'assignment', 'practical', 'oral', 'none', 'other']);
/** 表8 評量工具 */
export const AssessmentToolSchema = z.enum(['test-paper', 'questions', 'feedback-form', 'checklist', 'none', 'other']);
export const StaffRoleSchema = z.enum(['teacher', 'assessor', 'assistant']);

/** 表9: a person who actually ran the course. */
export const StaffMemberSchema = z.object({
  role: StaffRoleSchema,
  name: text,
  qualifications: text,
});

export const UnitSchema = z.object({
  id: z.string().min(1),
  /** 課程單元 name, as it must appear identically in 表3, 表4, 表11 */
  nameZh: text,
  nameEn: text,
  level: LevelSchema.nullable().default(null),
  hours: hours.default(0),
  /** 表4 課程大綱 */
  outline: text,
  /** 表3 教學/訓練目標, one objective per entry */
  objectives: list(z.string()),
  links: list(CoverageLinkSchema),
  /** 表5 */
  methods: list(TeachingMethodSchema),
  methodsOther: text,
  /** 表6 */
  materials: text,
  equipment: list(EquipmentSchema),
  equipmentOther: text,
  /** 表7 師資條件 per role */
  staffRequirements: z
    .object({ teacher: text, assessor: text, assistant: text })
    .default({ teacher: '', assessor: '', assistant: '' }),
  /** 表9 */
  staff: list(StaffMemberSchema),
  /** 表8 */
  assessmentMethods: list(AssessmentMethodSchema),
  assessmentMethodsOther: text,
  assessmentTools: list(AssessmentToolSchema),
  assessmentToolsOther: text,
  /** 表11 學習成果證據 */
  evidence: text,
});

/** 表2 課程地圖: a module groups units, in order. */
export const ModuleSchema = z.object({
  id: z.string().min(1),
  name: text,
  /** Unit ids in teaching order. */
  unitIds: list(z.string()),
});

/** 表10 試辦班的執行成果 */
export const PilotRunSchema = z.object({
  start: text,
  end: text,
  /** 參訓 */
  enrolled: z.number().int().min(0).nullable().default(null),
  /** 完訓 */
  completed: z.number().int().min(0).nullable().default(null),
  /** 結訓 */
  graduated: z.number().int().min(0).nullable().default(null),
});

/** 表12 課程結訓標準: each adopted criterion with its description. */
export const CompletionCriteriaSchema = z.object({
  stageAssessment: z.object({ adopted: z.boolean().default(false), description: text }).default({ adopted: false, description: '' }),
  written: z.object({ adopted: z.boolean().default(false), description: text }).default({ adopted: false, description: '' }),
  practical: z.object({ adopted: z.boolean().default(false), description: text }).default({ adopted: false, description: '' }),
  other: z.object({ adopted: z.boolean().default(false), description: text }).default({ adopted: false, description: '' }),
});

/** 參 佐證資料: the review indicators the evidence is filed under. */
export const EVIDENCE_INDICATORS = ['1.1', '1.2', '2.1', '2.2', '3.1', '3.2', '4.1', '5.1', '5.2', '5.3'] as const;
export const EvidenceIndicatorSchema = z.enum(EVIDENCE_INDICATORS);
export const AddiePhaseSchema = z.enum(['analysis', 'design', 'development', 'implementation', 'evaluation']);

/** Advisory checks the user tunes or switches off. */
export const CheckSettingsSchema = z.object({
  /** Warn when 課程時數 is under this many hours (0: never). */
  minimumHours: hours.default(0),
  /** Warn when the course covers less than this share of the K/S of its selected tasks, in percent. */
  coverageTarget: z.number().min(0).max(100).default(60),
  /** Finding codes the user switched off (advisory ones only take effect). */
  disabled: list(z.string()),
});

export const PlanSchema = z.object({
  schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
  id: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  cover: CoverSchema.default(CoverSchema.parse({})),
  info: CourseInfoSchema.default(CourseInfoSchema.parse({})),
  standards: list(PlanStandardRefSchema),
  /** 表1 */
  selectedTasks: list(SelectedTaskSchema),
  /** A attitudes the course addresses (they belong to the standard, not to a task). */
  selectedAttitudes: list(z.object({ standardCode: z.string().min(1), id: z.string().min(1) })),
  /** 表2 */
  modules: list(ModuleSchema),
  /** 表3–表9, 表11 */
  units: list(UnitSchema),
  /** 表10 */
  pilot: PilotRunSchema.default(PilotRunSchema.parse({})),
  /** 表12 */
  completion: CompletionCriteriaSchema.default(CompletionCriteriaSchema.parse({})),
  evidence: z.partialRecord(EvidenceIndicatorSchema, z.string()).default({}),
  /** Record of stakeholder participation per ADDIE phase. */
  stakeholders: z.partialRecord(AddiePhaseSchema, z.string()).default({}),
  checkSettings: CheckSettingsSchema.default(CheckSettingsSchema.parse({})),
});

export type CompetencyBasis = z.infer<typeof CompetencyBasisSchema>;
export type ApplicationType = z.infer<typeof ApplicationTypeSchema>;
export type Cover = z.infer<typeof CoverSchema>;
export type CourseInfo = z.infer<typeof CourseInfoSchema>;
export type PlanStandardRef = z.infer<typeof PlanStandardRefSchema>;
export type SelectedTask = z.infer<typeof SelectedTaskSchema>;
export type ItemKind = z.infer<typeof ItemKindSchema>;
export type Depth = z.infer<typeof DepthSchema>;
export type CoverageLink = z.infer<typeof CoverageLinkSchema>;
export type TeachingMethod = z.infer<typeof TeachingMethodSchema>;
export type Equipment = z.infer<typeof EquipmentSchema>;
export type AssessmentMethod = z.infer<typeof AssessmentMethodSchema>;
export type AssessmentTool = z.infer<typeof AssessmentToolSchema>;
export type StaffRole = z.infer<typeof StaffRoleSchema>;
export type StaffMember = z.infer<typeof StaffMemberSchema>;
export type Unit = z.infer<typeof UnitSchema>;
export type Module = z.infer<typeof ModuleSchema>;
export type PilotRun = z.infer<typeof PilotRunSchema>;
export type CompletionCriteria = z.infer<typeof CompletionCriteriaSchema>;
export type EvidenceIndicator = z.infer<typeof EvidenceIndicatorSchema>;
export type AddiePhase = z.infer<typeof AddiePhaseSchema>;
export type CheckSettings = z.infer<typeof CheckSettingsSchema>;
export type Plan = z.infer<typeof PlanSchema>;
/** A plan as written by hand or by an older app: defaults not yet filled in. */
export type PlanInput = z.input<typeof PlanSchema>;
