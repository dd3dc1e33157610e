import type { PlanSummary } from '../../shared/ipc/contract';
import type { Plan } from '../../shared/plan/schema';
import type { PlanStore } from '../storage/index';
import { HandlerError } from './apiError';
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

/** The plans in the data folder: their list, their files, their history and the trash. */
export function planHandlers({ store, standards }: HandlerDeps): AreaHandlers<PlanChannel> {
  return {
    'plans.list': async () => store.listPlans().map(planSummaryOf),
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
