/**
 * Every IPC operation: its channel (what crosses the process boundary, and the browser-mode path
 * `/api/<channel>`) and the name of the function that the preload and the renderer's client expose
 * for it. No zod here, so the preload can import it without bundling the schemas; contract.ts
 * gives each channel its input and output schemas and checks that both lists agree.
 */
export const CHANNELS = {
  'app.info': 'getAppInfo',
  'settings.get': 'getSettings',
  'settings.set': 'setSettings',

  'standards.list': 'listStandards',
  'standards.get': 'getStandard',
  'standards.importPreview': 'previewStandardImport',
  'standards.save': 'saveStandard',
  'standards.delete': 'deleteStandard',

  'plans.list': 'listPlans',
  'plans.recent': 'listRecentPlans',
  'plans.create': 'createPlan',
  'plans.load': 'loadPlan',
  'plans.save': 'savePlan',
  'plans.duplicate': 'duplicatePlan',
  'plans.rename': 'renamePlan',
  'plans.delete': 'deletePlan',
  'plans.listDeleted': 'listDeletedPlans',
  'plans.restoreDeleted': 'restoreDeletedPlan',
  'plans.history': 'listPlanHistory',
  'plans.restoreVersion': 'restorePlanVersion',
  'plans.importFile': 'importPlanFile',
  'plans.exportFile': 'exportPlanFile',

  'documents.export': 'exportDocument',

  'files.saveAs': 'saveFileAs',
  'files.openPath': 'openSavedFile',
} as const;

export type Channel = keyof typeof CHANNELS;
export type ApiFunctionName = (typeof CHANNELS)[Channel];

export const CHANNEL_NAMES = Object.keys(CHANNELS) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(CHANNELS, name);
}
