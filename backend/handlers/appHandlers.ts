import type { StartupProblem } from '../../shared/ipc/contract';
import type { StorageProblem } from '../storage/index';
import type { AreaHandlers, HandlerDeps } from './deps';

const LANGUAGE_TO_STORE = { zh: 'zh-TW', en: 'en' } as const;

function startupProblemOf(problem: StorageProblem | StartupProblem): StartupProblem {
  return {
    kind: problem.kind,
    file: problem.file,
    ...(problem.movedTo === undefined ? {} : { movedTo: problem.movedTo }),
    ...(problem.planId === undefined ? {} : { planId: problem.planId }),
    message: problem.message,
    messageEn: problem.messageEn,
    details: problem.details.map(({ path, message, messageEn }) => ({ path, message, messageEn })),
  };
}

/** The app itself and its settings. */
export function appHandlers(deps: HandlerDeps): AreaHandlers<'app.info' | 'settings.get' | 'settings.set'> {
  const { store } = deps;
  const startupProblems = deps.startupProblems.map(startupProblemOf);
  return {
    'app.info': async () => ({ ...deps.app, startupProblems }),
    'settings.get': async () => ({ language: store.settings().language === 'en' ? 'en' : 'zh' }),
    'settings.set': async (input) => {
      const saved = await store.updateSettings(input.language === undefined ? {} : { language: LANGUAGE_TO_STORE[input.language] });
      return { language: saved.language === 'en' ? 'en' : 'zh' };
    },
  };
}
