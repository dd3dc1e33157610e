import type { PlanListEntry, PlanSummary } from '../../shared/ipc/contract';
import { checkPlan } from '../../shared/plan/checks';
import type { Plan } from '../../shared/plan/schema';
import { standardCodesOf } from '../../shared/plan/standardCodes';
import { countFindings } from '../../shared/plan/summary';
import type { StandardLibrary } from '../standards/standardLibrary';
import type { PlanStore } from '../storage/index';
import { HandlerError, toApiError } from './apiError';
import type { AreaHandlers, HandlerDeps } from './deps';
import { planFileName } from './fileNames';

type PlanChannel =
  | 'plans.list' | 'plans.recent' | 'plans.create' | 'plans.load' | 'plans.save' | 'plans.duplicate' | 'plans.rename'
  | 'plans.delete' | 'plans.listDeleted' | 'plans.restoreDeleted' | 'plans.history' | 'plans.restoreVersion'
  | 'plans.importFile' | 'plans.exportFile';

function planSummaryOf(summary: { id: string; nameZh: string; standardCodes: readonly string[]; updatedAt: string }): PlanSummary {
  return { id: summary.id, nameZh: summary.nameZh, standardCodes: [...summary.standardCodes], updatedAt: summary.updatedAt };
}

function planSummaryFromPlan(plan: Plan): PlanSummary {
  return { id: plan.id, nameZh: plan.cover.nameZh, standardCodes: plan.standards.map((s) => s.code), updatedAt: plan.updatedAt };
}

function summaryInStore(store: PlanStore, id: string): PlanSummary {
  const found = store.listPlans().find((summary) => summary.id === id);
  if (!found) throw new HandlerError('plan-not-found', `找不到課程規劃 ${id}`, `No plan with id ${id}`);
  return planSummaryOf(found);
}

/**
 * A listed plan with the findings the plan screen would show for it: read without marking it recent,
 * checked with the standards it refers to that the library has (the checks report the others).
 * A plan that cannot be read (gone, or found broken and quarantined) carries the store's error;
 * anything unexpected is thrown, so the whole answer fails and is logged.
 */
async function listEntryOf(store: PlanStore, standards: StandardLibrary, summary: PlanSummary): Promise<PlanListEntry> {
  let plan: Plan;
  try {
    plan = await store.readPlan(summary.id);
  } catch (error) {
    const { error: apiError, isExpected } = toApiError(error);
    if (!isExpected) throw error;
    return { ...summary, findings: { ok: false, error: apiError } };
  }
  const used = standardCodesOf(plan).flatMap((code) => (standards.sourceOf(code) === null ? [] : [standards.get(code).standard]));
  return { ...summary, findings: { ok: true, counts: countFindings(checkPlan(plan, used)) } };
}

/** The plans in the data folder: their list, their files, their history and the trash. */
export function planHandlers({ store, standards }: HandlerDeps): AreaHandlers<PlanChannel> {
  return {
    'plans.list': async () => {
      const entries: PlanListEntry[] = [];
      for (const summary of store.listPlans()) entries.push(await listEntryOf(store, standards, planSummaryOf(summary)));
      return entries;
    },
    'plans.recent': async () => store.recentPlans().map(planSummaryOf),
    'plans.create': async ({ nameZh, standardCode }) => {
      const standard = standardCode === undefined ? undefined : standards.get(standardCode).standard;
      return store.createPlan({ nameZh, ...(standard ? { standard } : {}) });
    },
    'plans.load': async ({ id }) => store.loadPlan(id),
    'plans.save': async ({ plan }) => {
      const saved = await store.savePlan(plan);
      return { updatedAt: saved.updatedAt };
    },
    'plans.duplicate': async ({ id }) => planSummaryFromPlan(await store.duplicatePlan(id)),
    'plans.rename': async ({ id, nameZh }) => planSummaryFromPlan(await store.renamePlan(id, nameZh)),
    'plans.delete': async ({ id }) => {
      await store.deletePlan(id);
      return { ok: true as const };
    },
    'plans.listDeleted': async () => store.listDeleted(),
    'plans.restoreDeleted': async ({ id }) => planSummaryOf(await store.restoreDeleted(id)),
    'plans.history': async ({ id }) => store.listHistory(id),
    'plans.restoreVersion': async ({ id, versionId }) => store.restoreVersion(id, versionId),
    'plans.importFile': async ({ fileName, text }) => {
      const result = await store.importPlan(text, fileName);
      if (!result.ok) throw new HandlerError('import-failed', result.message, result.messageEn, result.problems);
      return {
        plan: planSummaryOf(result.summary),
        ...(result.copyOf === undefined ? {} : { copyOf: result.copyOf }),
        ...(result.migratedFrom === undefined ? {} : { migratedFrom: result.migratedFrom }),
        message: result.message,
        messageEn: result.messageEn,
      };
    },
    'plans.exportFile': async ({ id }) => {
      const text = await store.exportPlan(id);
      return { fileName: planFileName(summaryInStore(store, id).nameZh), text };
    },
  };
}
