import * as z from 'zod';

/**
 * A competency standard (職能基準) exactly as published: what the iCAP platform's document says,
 * in canonical JSON. Importers produce it, `resources/standards/` bundles it, plans refer to its codes.
 *
 * Quirks of real documents are kept, not smoothed over: an item whose code was printed with two
 * names keeps the others in `otherNames`; an indicator from a block printed at another level than
 * its task keeps that `level`.
 */

/** 職能級別 / 基準級別: 1 (routine, supervised) to 6 (highly complex, strategic). */
export const LevelSchema = z.number().int().min(1).max(6);

/** `ATC3521-004v2`: 職類別 (3 letters), 職業別 (4 digits), serial, version. */
export const STANDARD_CODE_PATTERN = /^[A-Z]{3}\d{4}-\d{3}v\d+$/;

export const VersionEntrySchema = z.object({
  /** `V2` */
  version: z.string(),
  code: z.string(),
  name: z.string(),
  /** 最新版本 / 歷史版本 */
  status: z.string(),
  /** 更新說明 */
  note: z.string(),
  /** 發展更新日期 as printed, `2021/05/17` */
  date: z.string(),
});

/** One classification (職類別, 職業別 or 行業別): a name and its code; a standard may list several. */
export const ClassificationSchema = z.object({
  name: z.string(),
  code: z.string(),
});

export const DutySchema = z.object({
  /** `T1` */
  id: z.string(),
  name: z.string(),
});

export const OutputSchema = z.object({
  /** `O1.1.1`, numbered per task */
  id: z.string(),
  name: z.string(),
});

export const IndicatorSchema = z.object({
  /** `P1.1.1`, numbered per task */
  id: z.string(),
  text: z.string(),
  /** Only where the indicator was printed in a block at another level than the task's. */
  level: LevelSchema.optional(),
});

export const TaskSchema = z.object({
  /** `T1.1`, `T2.10` */
  id: z.string(),
  name: z.string(),
  /** The duty (`T1`) this task belongs to. */
  duty: z.string(),
  /** 職能級別; null where the document printed none (the importer warns). */
  level: LevelSchema.nullable(),
  outputs: z.array(OutputSchema),
  indicators: z.array(IndicatorSchema),
  /** K codes in the order the task lists them, each once. */
  knowledge: z.array(z.string()),
  /** S codes in the order the task lists them, each once. */
  skills: z.array(z.string()),
});

export const CompetencyItemSchema = z.object({
  /** `K01`, `S108`, `A03` */
  id: z.string(),
  name: z.string(),
  /** Other names the document printed for the same code (`A08 謹慎細心` and `A08 彈性`). */
  otherNames: z.array(z.string()).optional(),
  /** The explanation after the name, as attitudes often have (`A02 耐心：承受延遲或煩惱…`). */
  description: z.string().optional(),
});

export const StandardSchema = z.object({
  code: z.string(),
  name: z.string(),
  /** 基準級別; null where the document printed none. */
  level: LevelSchema.nullable(),
  /** 版本 table, newest first as printed. */
  versions: z.array(VersionEntrySchema),
  /** 職類別 */
  fields: z.array(ClassificationSchema),
  /** 職業別 */
  occupations: z.array(ClassificationSchema),
  /** 行業別 */
  industries: z.array(ClassificationSchema),
  /** 工作描述 */
  description: z.string(),
  duties: z.array(DutySchema),
  tasks: z.array(TaskSchema),
  knowledge: z.array(CompetencyItemSchema),
  skills: z.array(CompetencyItemSchema),
  attitudes: z.array(CompetencyItemSchema),
  /** 說明與補充事項, one paragraph per entry. */
  notes: z.array(z.string()),
});

export type Level = z.infer<typeof LevelSchema>;
export type VersionEntry = z.infer<typeof VersionEntrySchema>;
export type Classification = z.infer<typeof ClassificationSchema>;
export type Duty = z.infer<typeof DutySchema>;
export type Output = z.infer<typeof OutputSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type Task = z.infer<typeof TaskSchema>;
export type CompetencyItem = z.infer<typeof CompetencyItemSchema>;
export type Standard = z.infer<typeof StandardSchema>;
